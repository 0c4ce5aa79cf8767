using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Cases;

/// An LA's first import is a baseline: it raises no change events, so the settings already in difficulty would
/// never open a case. This proposes those cases instead (a recent requires improvement or inadequate judgement,
/// or a recent welfare requirements notice), each placed at the point of its pathway the dates say it has
/// reached. Proposals are not live: a Senior Improvement Adviser confirms the ones wanted and discards the rest,
/// so nobody's task list fills with years of overdue steps.
public sealed class InitialCaseload(AppDbContext db, TimeProvider time, PathwayVersions versions, CasePlanner planner)
{
    public const int DefaultMonths = 12;

    private DateOnly Today => time.Today();

    /// Proposes a case for every setting of the tenant that matches a pathway by a judgement or notice within the
    /// period and has no open or proposed case yet; running it again proposes nothing twice. Returns how many.
    public async Task<int> ProposeAsync(int tenantId, int months, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var pathways = await versions.CurrentAsync(tenantId, cancellationToken);
        var days = await planner.WorkingDaysForAsync(tenantId, cancellationToken);
        var since = Today.AddMonths(-months);
        var notice = nameof(EnforcementKind.WelfareRequirementsNotice);
        var judged = pathways.Where(p => p.Definition.Trigger.Event == TriggerEvents.NewJudgement).ToList();
        var noticed = pathways.FirstOrDefault(p => p.Definition.Trigger.Event == TriggerEvents.Enforcement && p.Definition.Trigger.EnforcementKinds.Contains(notice));

        var settings = await db.Settings
            .Where(s => s.TenantId == tenantId && s.LeftRegisterOn == null)
            .Where(s => !db.Cases.Any(c => c.SettingId == s.Id && (c.Status == CaseStatus.Open || c.Status == CaseStatus.Proposed)))
            .Where(s => s.LatestInspectionDate >= since
                || s.EnforcementEvents.Any(e => e.Kind == EnforcementKind.WelfareRequirementsNotice && e.Date >= since))
            .Include(s => s.Inspections.Where(i => i.Date >= since)).ThenInclude(i => i.Grades)
            .Include(s => s.EnforcementEvents.Where(e => e.Kind == EnforcementKind.WelfareRequirementsNotice && e.Date >= since))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var proposed = 0;
        foreach (var setting in settings.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (LatestJudgement(setting, since) is { } judgement
                && judged.FirstOrDefault(p => p.Definition.Trigger.Judgements.Any(j => j.Matches(judgement))) is { Definition: not null } match)
            {
                var reason = $"Inspected on {judgement.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: {match.Definition.Name} (initial caseload)";
                Propose(setting, match.Version, match.Definition, reason, judgement.Date, days);
                proposed++;
            }

            if (noticed.Definition is not null && setting.EnforcementEvents.MaxBy(e => e.Date) is { } latest)
            {
                var reason = $"Welfare requirements notice of {latest.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} (initial caseload)";
                Propose(setting, noticed.Version, noticed.Definition, reason, latest.Date, days);
                proposed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return proposed;
    }

    /// Makes the chosen proposals live cases; ids that are not proposals of this tenant are ignored.
    public async Task<int> ConfirmAsync(IReadOnlyCollection<int> caseIds, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.Where(c => caseIds.Contains(c.Id) && c.Status == CaseStatus.Proposed).ToListAsync(cancellationToken);
        foreach (var supportCase in cases)
            supportCase.Confirm(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return cases.Count;
    }

    /// Removes every proposal not confirmed; they were never live, so nothing else refers to them.
    public async Task<int> DiscardAsync(CancellationToken cancellationToken)
    {
        var cases = await db.Cases.Include(c => c.Tasks).Where(c => c.Status == CaseStatus.Proposed).ToListAsync(cancellationToken);
        db.Cases.RemoveRange(cases);
        await db.SaveChangesAsync(cancellationToken);
        return cases.Count;
    }

    /// Lays the case out from its start as the pathway would have, then catches it up to today: steps already due
    /// are recorded as due before Ascent (not missed), and the visits that would have taken place are skipped, so
    /// the next visit carries the number it would have had.
    private void Propose(Setting setting, PathwayVersion version, PathwayDefinition definition, string reason, DateOnly startedOn, WorkingDays days)
    {
        var supportCase = planner.Open(setting, version, definition, reason, startedOn, null, CaseStatus.Proposed, days);
        var today = Today;
        var at = time.GetUtcNow();
        foreach (var task in supportCase.Tasks.Where(t => t.Kind != TaskKinds.Visit && t.DueOn < today))
            task.MarkBeforeAscent(at);
        var visit = supportCase.Tasks.SingleOrDefault(t => t.Kind == TaskKinds.Visit);
        while (visit is not null && visit.DueOn < today)
        {
            visit.MarkBeforeAscent(at);
            visit = planner.AddVisit(supportCase, definition, days.OnOrAfter(visit.DueOn.AddDays(7 * definition.Visits.IntervalWeeks)));
        }
    }

    /// The setting's latest judgement, if it falls within the period: the inspection the register counts as latest.
    private static Judgement? LatestJudgement(Setting setting, DateOnly since)
    {
        if (setting.LatestInspectionDate is not { } date || date < since || setting.LatestFrameworkCode is not { } framework)
            return null;
        var inspection = setting.Inspections.Where(i => i.CountsAsLatest && i.Date == date && i.FrameworkCode == framework)
            .OrderByDescending(i => i.Id).FirstOrDefault();
        var grades = inspection?.Grades.ToDictionary(g => g.AreaCode, g => g.GradeCode, StringComparer.Ordinal) ?? [];
        return new Judgement(framework, date, inspection?.OverallGrade ?? setting.LatestOverallGrade, grades);
    }
}
