using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// One criterion's outcome as a page shows it: live while the application waits, as recorded once decided.
public sealed record CriterionLine(string Name, CriterionOutcome Outcome, string Reason);

/// One application in a cohort's table.
public sealed record ApplicationRow(
    int Id, int SettingId, string SettingName, string SettingReference, DateOnly AppliedOn, AccreditationStatus Status, string? EvaluatorName,
    IReadOnlyList<CriterionLine> Criteria);

/// Reads a cohort's applications with their entry criteria: checked now for those waiting for the coordinator, as
/// kept with the decision for the others (so the table shows what the coordinator saw).
public sealed class ApplicationRows(AppDbContext db, ApplicantFactsReader facts, Applications applications)
{
    public async Task<IReadOnlyList<ApplicationRow>> ForCohortAsync(Cohort cohort, AccreditationStatus? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var scheme = await applications.SchemeOfAsync(cohort, cancellationToken);
        var query = db.Accreditations.AsNoTracking().Where(a => a.CohortId == cohort.Id);
        if (status is { } only)
            query = query.Where(a => a.Status == only);
        var rows = await query.Join(db.Settings, a => a.SettingId, s => s.Id, (a, s) => new { a.Id, a.SettingId, s.Name, s.Reference, a.AppliedOn, a.Status, a.EvaluatorId, a.EntryDecidedOn })
            .OrderBy(r => r.Name).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var evaluatorIds = rows.Where(r => r.EvaluatorId != null).Select(r => r.EvaluatorId!.Value).Distinct().ToList();
        var evaluators = await db.Users.AsNoTracking().Where(u => evaluatorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var recorded = (await db.EntryCriterionRecords.AsNoTracking().Where(r => ids.Contains(r.AccreditationId)).OrderBy(r => r.Position).ToListAsync(cancellationToken))
            .ToLookup(r => r.AccreditationId);

        var result = new List<ApplicationRow>();
        foreach (var row in rows)
        {
            var criteria = row.EntryDecidedOn is null || !recorded[row.Id].Any()
                ? [.. (await facts.CheckAsync(scheme, row.SettingId, cancellationToken)).Select(Line)]
                : recorded[row.Id].Select(r => new CriterionLine(r.Name, r.Outcome, r.Reason)).ToList();
            result.Add(new ApplicationRow(row.Id, row.SettingId, row.Name, row.Reference, row.AppliedOn, row.Status,
                row.EvaluatorId is { } e ? evaluators.GetValueOrDefault(e) : null, criteria));
        }

        return result;
    }

    /// The criteria of one accreditation: as recorded with the coordinator's decision, or checked now while it waits.
    public async Task<(IReadOnlyList<CriterionLine> Lines, bool Recorded)> ForAccreditationAsync(Accreditation accreditation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        var recorded = await db.EntryCriterionRecords.AsNoTracking().Where(r => r.AccreditationId == accreditation.Id).OrderBy(r => r.Position)
            .Select(r => new CriterionLine(r.Name, r.Outcome, r.Reason)).ToListAsync(cancellationToken);
        if (recorded.Count > 0)
            return (recorded, true);
        var live = await facts.CheckAsync(await applications.SchemeOfAsync(accreditation.Cohort, cancellationToken), accreditation.SettingId, cancellationToken);
        return ([.. live.Select(Line)], false);
    }

    public static CriterionLine Line(CriterionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Criterion.Name, result.Outcome, result.Reason);
    }
}
