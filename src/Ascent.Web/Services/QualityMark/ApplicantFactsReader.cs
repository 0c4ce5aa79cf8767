using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// Gathers what Ascent knows of a setting for a quality mark's entry criteria (ApplicantFacts) from its own data: the
/// standing of its latest inspection (as the register works it out), its latest finished self-evaluation, its plan's
/// open goals and how many are SMART, and an open programme of support. Read live, each time the criteria are shown.
public sealed class ApplicantFactsReader(AppDbContext db, FrameworkRegistry frameworks, TimeProvider time)
{
    /// The facts of a setting the person may see, or null when the query filters hide it (another LA's, another setting's).
    public async Task<ApplicantFacts?> ReadAsync(int settingId, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == settingId)
            .Select(s => new { s.TenantId, s.StandingCode, s.LatestInspectionDate }).FirstOrDefaultAsync(cancellationToken);
        if (setting is null)
            return null;
        var today = time.Today();
        var finished = await db.SelfEvaluations.AsNoTracking().Where(e => e.SettingId == settingId && e.FinishedOn != null)
            .MaxAsync(e => e.FinishedOn, cancellationToken);
        var goals = await db.PlanGoals.AsNoTracking().Include(g => g.Steps).Where(g => g.SettingId == settingId).ToListAsync(cancellationToken);
        var open = goals.Where(g => g.IsOpen).ToList();
        // SMART as the plan's own page counts it: a success measure, a date and someone responsible (a date already
        // passed is an overdue goal, not one that is not SMART).
        var smart = open.Count(g => !g.Flags(today).Any(f => f != SmartWarning.DatePassed));

        // Support cases are the LA's own work, hidden from a setting's staff; the setting still needs to see, before
        // it applies, that this criterion is not met. Only this one setting's open case's pathway name and start
        // date are read past the filter, for the setting the filters have just shown to be visible.
        var support = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.TenantId == setting.TenantId && c.SettingId == settingId && c.Status == CaseStatus.Open)
            .OrderBy(c => c.StartedOn).Select(c => new { c.PathwayName, c.StartedOn }).FirstOrDefaultAsync(cancellationToken);

        return new ApplicantFacts(
            frameworks.FindStanding(setting.StandingCode),
            setting.LatestInspectionDate,
            finished,
            goals.Count > 0,
            open.Count,
            smart,
            support is null ? null : $"{support.PathwayName}, since {support.StartedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
    }

    /// The scheme's entry criteria checked now against the setting's facts; empty when the setting is not visible.
    public async Task<IReadOnlyList<CriterionResult>> CheckAsync(SchemeDefinition scheme, int settingId, CancellationToken cancellationToken) =>
        await ReadAsync(settingId, cancellationToken) is { } facts ? EntryCriteriaCheck.Of(scheme, facts, time.Today()) : [];
}
