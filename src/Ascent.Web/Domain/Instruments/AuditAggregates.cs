namespace Ascent.Web.Domain.Instruments;

/// What the LA sees of its settings' audits: a figure per setting and instrument, and means per grouping and per
/// cohort. Built from audits' headline totals only, so no child, respondent or item is ever in it.
///
/// A setting's figure for an instrument is its latest result; for a room's rating, the mean of each room's latest
/// result (quality rating systems average room scores for a setting's score). A cohort is the school year (September
/// to August) the audits were observed in.
public static class AuditAggregates
{
    public static IReadOnlyList<SettingFigure> PerSetting(IEnumerable<AuditTotal> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return [.. totals
            .GroupBy(t => (t.SettingId, t.InstrumentCode))
            .Select(g =>
            {
                var latestPerRoom = g.GroupBy(t => t.RoomId).Select(r => r.OrderByDescending(t => t.ObservedOn).ThenByDescending(t => t.AuditId).First()).ToList();
                return new SettingFigure(g.Key.SettingId, g.Key.InstrumentCode, Mean(latestPerRoom.Select(t => t.Total)),
                    latestPerRoom.Max(t => t.ObservedOn), latestPerRoom.Count);
            })];
    }

    /// The mean of the settings' figures per grouping (null grouping: settings not in one).
    public static IReadOnlyList<GroupMean> PerGroup(IEnumerable<SettingFigure> figures, Func<int, string?> groupOf)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(groupOf);
        return [.. figures.GroupBy(f => (f.InstrumentCode, Group: groupOf(f.SettingId)))
            .Select(g => new GroupMean(g.Key.InstrumentCode, g.Key.Group, Mean(g.Select(f => f.Value)), g.Count()))
            .OrderBy(g => g.InstrumentCode, StringComparer.Ordinal).ThenBy(g => g.Group is null).ThenBy(g => g.Group, StringComparer.CurrentCulture)];
    }

    /// The mean of every audit's total per school year, with how many audits and settings it covers.
    public static IReadOnlyList<CohortMean> PerCohort(IEnumerable<AuditTotal> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return [.. totals.GroupBy(t => (t.InstrumentCode, Year: SchoolYearOf(t.ObservedOn)))
            .Select(g => new CohortMean(g.Key.InstrumentCode, g.Key.Year, Mean(g.Select(t => t.Total)), g.Count(), g.Select(t => t.SettingId).Distinct().Count()))
            .OrderBy(c => c.InstrumentCode, StringComparer.Ordinal).ThenByDescending(c => c.SchoolYear)];
    }

    /// The calendar year a school year starts in: 1 September 2026 to 31 August 2027 is 2026.
    public static int SchoolYearOf(DateOnly day) => day.Month >= 9 ? day.Year : day.Year - 1;

    /// "2026 to 2027".
    public static string SchoolYearName(int startYear) => $"{startYear} to {startYear + 1}";

    private static decimal Mean(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return Math.Round(list.Sum() / list.Count, 2, MidpointRounding.AwayFromZero);
    }
}

/// One finished audit's headline total, as the aggregates read it.
public sealed record AuditTotal(int AuditId, int SettingId, int? RoomId, string InstrumentCode, DateOnly ObservedOn, decimal Total);

public sealed record SettingFigure(int SettingId, string InstrumentCode, decimal Value, DateOnly LatestOn, int Rooms);

public sealed record GroupMean(string InstrumentCode, string? Group, decimal Mean, int Settings);

public sealed record CohortMean(string InstrumentCode, int SchoolYear, decimal Mean, int Audits, int Settings);
