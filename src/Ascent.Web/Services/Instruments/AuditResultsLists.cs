using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// One row of a setting's audits.
public sealed record SettingAuditRow(int Id, string InstrumentCode, string Instrument, string? Room, DateOnly ObservedOn, AuditStatus Status, decimal? Total, ScoringRule? Scoring);

/// The LA's picture: each setting's figure per instrument, and means per grouping and per cohort.
public sealed record LocalAuthorityAudits(
    IReadOnlyList<InstrumentDefinition> Instruments,
    IReadOnlyList<(SettingFigure Figure, string SettingName, string? Group)> Settings,
    IReadOnlyList<GroupMean> Groups,
    IReadOnlyList<CohortMean> Cohorts);

/// Which of the LA's own groupings the LA's audit means are split by.
public enum AuditGrouping
{
    Locality,
    District,
    Ward,
}

/// The lists of audits: a setting's, and the LA's aggregates. Each is one query.
public sealed class AuditResultsLists(AppDbContext db, InstrumentDefinitions definitions)
{
    /// A setting's audits, newest first (the query filters hide another LA's or another setting's).
    public async Task<IReadOnlyList<SettingAuditRow>> ForSettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var rows = await db.Audits.AsNoTracking().Where(a => a.SettingId == settingId)
            .OrderByDescending(a => a.ObservedOn).ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, a.InstrumentCode, a.InstrumentVersion, Room = db.Rooms.Where(r => r.Id == a.RoomId).Select(r => r.Name).FirstOrDefault(), a.ObservedOn, a.Status, a.Total })
            .ToListAsync(cancellationToken);
        var result = new List<SettingAuditRow>(rows.Count);
        foreach (var row in rows)
        {
            var instrument = await definitions.VersionAsync(row.InstrumentCode, row.InstrumentVersion, cancellationToken)
                ?? await definitions.CurrentAsync(row.InstrumentCode, cancellationToken);
            result.Add(new SettingAuditRow(row.Id, row.InstrumentCode, instrument?.Name ?? "An instrument no longer in use", row.Room, row.ObservedOn, row.Status, row.Total, instrument?.Scoring));
        }

        return result;
    }

    /// Every finished, scored audit of the LA's settings as totals only, then the figures and means from them. Only
    /// rating scales and checklists are aggregated: their totals are a setting's, never a child's.
    public async Task<LocalAuthorityAudits> ForLocalAuthorityAsync(AuditGrouping grouping, CancellationToken cancellationToken)
    {
        var instruments = (await definitions.CurrentAsync(cancellationToken))
            .Where(i => i.Scoring is ScoringRule.EnvironmentRating or ScoringRule.Checklist).OrderBy(i => i.Name, StringComparer.CurrentCulture).ToList();
        var codes = instruments.Select(i => i.Code).ToList();
        var totals = await db.Audits.AsNoTracking()
            .Where(a => a.Status == AuditStatus.Finished && a.Total != null && codes.Contains(a.InstrumentCode))
            .Select(a => new AuditTotal(a.Id, a.SettingId, a.RoomId, a.InstrumentCode, a.ObservedOn, a.Total!.Value))
            .ToListAsync(cancellationToken);
        var settingIds = totals.Select(t => t.SettingId).Distinct().ToList();
        var settings = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.LocalityPartnership, s.District, s.Ward }).ToDictionaryAsync(s => s.Id, cancellationToken);
        string? GroupOf(int id) => settings.TryGetValue(id, out var s)
            ? grouping switch { AuditGrouping.District => s.District, AuditGrouping.Ward => s.Ward, _ => s.LocalityPartnership }
            : null;

        // A total the filters let through but whose setting they hide (never expected) is left out rather than shown.
        var figures = AuditAggregates.PerSetting(totals.Where(t => settings.ContainsKey(t.SettingId))).ToList();
        return new LocalAuthorityAudits(
            instruments,
            [.. figures.Select(f => (f, settings[f.SettingId].Name, GroupOf(f.SettingId))).OrderBy(x => x.Item2, StringComparer.CurrentCulture)],
            AuditAggregates.PerGroup(figures, GroupOf),
            AuditAggregates.PerCohort(totals.Where(t => settings.ContainsKey(t.SettingId))));
    }
}
