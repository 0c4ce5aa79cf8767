using System.Text.RegularExpressions;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Home;

/// Reads the home page of a setting's owner, manager or practitioner. Every query goes through the query filters,
/// which already narrow a setting's people to their own setting; the setting id only says which of its rows.
public sealed partial class SettingHomeQueries(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks)
{
    /// The home of the person signed in, or null when they belong to no setting (or it is not theirs to see).
    public async Task<SettingHome?> ForCurrentUserAsync(CancellationToken cancellationToken)
    {
        var user = db.CurrentUser;
        if (user.SettingId is not { } settingId)
            return null;
        var settingName = await db.Settings.Where(s => s.Id == settingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (settingName is null)
            return null;
        var tenantName = await db.Tenants.Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var today = time.Today();
        var isLeader = user.IsInRole(Roles.SettingOwner) || user.IsInRole(Roles.SettingManager);

        var goals = await db.PlanGoals.AsNoTracking()
            .Where(g => g.SettingId == settingId && (g.Status == GoalStatus.NotStarted || g.Status == GoalStatus.InProgress))
            .Include(g => g.Steps)
            .ToListAsync(cancellationToken);
        var mySteps = goals
            .SelectMany(g => g.Steps.Where(s => !s.Done && NamesPerson(s.Owner, user.DisplayName)).Select(s => (Goal: g, Step: s)))
            .OrderBy(x => x.Step.DueOn ?? DateOnly.MaxValue).ThenBy(x => x.Goal.Id).ThenBy(x => x.Step.Position)
            .Select(x => new SettingHomeStep(x.Goal.Id, x.Goal.Outcome, x.Step.Text, x.Step.DueOn))
            .ToList();

        if (!isLeader)
            return new SettingHome(user.DisplayName, settingId, settingName, tenantName, false, null, null, [], new SettingHomePlan(goals.Count, [], []),
                SettingHomeSelfEvaluation.None, [], mySteps);

        return new SettingHome(user.DisplayName, settingId, settingName, tenantName, true,
            await LatestInspectionAsync(settingId, cancellationToken),
            await NextVisitAsync(settingId, today, cancellationToken),
            await NotesToAcknowledgeAsync(settingId, cancellationToken),
            PlanOf(goals, today),
            await SelfEvaluationAsync(settingId, cancellationToken),
            await UnreadCommentsAsync(cancellationToken),
            mySteps);
    }

    /// Whether a step's "who will do it" names this person: the whole of it, or one of several names it lists
    /// ("Kai Turner and Jo Clarke", "Jo Clarke, room leaders"), whatever the case.
    public static bool NamesPerson(string? owner, string name)
    {
        if (string.IsNullOrWhiteSpace(owner) || string.IsNullOrWhiteSpace(name))
            return false;
        return NameSeparators().Split(owner).Any(part => string.Equals(part.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// Open goals past their date or an open step's, earliest first; open goals not yet SMART, with what each lacks.
    public static SettingHomePlan PlanOf(IReadOnlyCollection<PlanGoal> openGoals, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(openGoals);
        var overdue = new List<SettingHomeOverdueGoal>();
        var notSmart = new List<SettingHomeUnsmartGoal>();
        foreach (var goal in openGoals.OrderBy(g => g.Id))
        {
            var flags = goal.Flags(today);
            if (flags.Contains(SmartWarning.DatePassed))
            {
                var passed = goal.Steps.Where(s => !s.Done && s.DueOn < today).Select(s => s.DueOn!.Value)
                    .Append(goal.ByWhen is { } by && by < today ? by : DateOnly.MaxValue).Min();
                overdue.Add(new SettingHomeOverdueGoal(goal.Id, goal.Outcome, passed));
            }

            var lacks = flags.Where(f => f != SmartWarning.DatePassed).Select(SmartCheck.Describe).ToList();
            if (lacks.Count > 0)
                notSmart.Add(new SettingHomeUnsmartGoal(goal.Id, goal.Outcome, lacks));
        }

        return new SettingHomePlan(openGoals.Count, [.. overdue.OrderBy(g => g.PassedOn).ThenBy(g => g.GoalId)], notSmart);
    }

    private async Task<SettingHomeInspection?> LatestInspectionAsync(int settingId, CancellationToken cancellationToken)
    {
        var latest = await db.Inspections.AsNoTracking()
            .Where(i => i.SettingId == settingId && i.FrameworkCode != "ofsted-compliance")
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
            .Select(i => new { i.Date, i.InspectionType, i.FrameworkCode, i.OverallGrade, Grades = i.Grades.Select(g => new { g.AreaCode, g.GradeCode }).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
            return null;
        if (!frameworks.TryGet(latest.FrameworkCode, out var framework))
            return new SettingHomeInspection(latest.Date, latest.InspectionType, latest.FrameworkCode, latest.FrameworkCode, latest.OverallGrade, []);
        // The areas in the framework's own order, the overall judgement left to its own line.
        var byArea = latest.Grades.GroupBy(g => g.AreaCode).ToDictionary(g => g.Key, g => g.First().GradeCode, StringComparer.Ordinal);
        var grades = framework.AllAreas.Where(a => a.Code != framework.HeadlineAreaCode && byArea.ContainsKey(a.Code))
            .Select(a => new SettingHomeAreaGrade(a.Code, a.Name, byArea[a.Code])).ToList();
        var overall = latest.OverallGrade ?? (framework.HeadlineAreaCode is { } headline ? byArea.GetValueOrDefault(headline) : null);
        return new SettingHomeInspection(latest.Date, latest.InspectionType, framework.Code, framework.Name, overall, grades);
    }

    private async Task<SettingHomeVisit?> NextVisitAsync(int settingId, DateOnly today, CancellationToken cancellationToken)
    {
        var next = await db.Visits.AsNoTracking()
            .Where(v => v.SettingId == settingId && v.Status == VisitStatus.Planned && v.Date >= today)
            .OrderBy(v => v.Date).ThenBy(v => v.StartTime).ThenBy(v => v.Id)
            .Select(v => new
            {
                v.Id,
                v.Title,
                v.Date,
                v.StartTime,
                v.Mode,
                v.Location,
                v.Preparation.InformedOwners,
                v.Preparation.AlertedStaff,
                v.Preparation.SentImprovementPlan,
                v.Preparation.SentSelfEvaluation,
                v.Preparation.UpdatedAt,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
            return null;
        var done = new[] { next.InformedOwners, next.AlertedStaff, next.SentImprovementPlan, next.SentSelfEvaluation }.Count(ticked => ticked);
        return new SettingHomeVisit(next.Id, next.Title, next.Date, next.StartTime, next.Mode, next.Location, done, VisitPreparation.ChecklistLength, next.UpdatedAt);
    }

    // The query filter shows a setting only issued notes, so every one found here has been issued.
    private async Task<IReadOnlyList<SettingHomeNote>> NotesToAcknowledgeAsync(int settingId, CancellationToken cancellationToken) =>
        await db.VisitNotes.AsNoTracking()
            .Where(n => n.SettingId == settingId && n.Status == NoteStatus.Issued && n.AcknowledgedAt == null)
            .OrderBy(n => n.IssuedOn).ThenBy(n => n.Id)
            .Select(n => new SettingHomeNote(n.VisitId, n.Visit!.Title, n.Visit.Date, n.IssuedOn))
            .ToListAsync(cancellationToken);

    private async Task<SettingHomeSelfEvaluation> SelfEvaluationAsync(int settingId, CancellationToken cancellationToken)
    {
        var evaluation = await db.SelfEvaluations.AsNoTracking().Include(e => e.Areas)
            .Where(e => e.SettingId == settingId)
            .OrderBy(e => e.FinishedOn == null ? 0 : 1).ThenByDescending(e => e.FinishedOn).ThenByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (evaluation is null)
            return SettingHomeSelfEvaluation.None;
        frameworks.TryGet(evaluation.FrameworkCode, out var framework);
        var order = framework?.AllAreas.Select((a, i) => (a.Code, i)).ToDictionary(a => a.Code, a => a.i, StringComparer.Ordinal) ?? [];
        var areas = evaluation.Areas
            .OrderBy(a => order.GetValueOrDefault(a.AreaCode, int.MaxValue)).ThenBy(a => a.Id)
            .Select(a => new SettingHomeArea(a.AreaCode, framework?.FindArea(a.AreaCode)?.Name ?? a.AreaCode, a.IsStarted))
            .ToList();
        var lastSaved = evaluation.Areas.Where(a => a.SavedAt is not null).MaxBy(a => a.SavedAt);
        return new SettingHomeSelfEvaluation(evaluation.IsFinished ? SelfEvaluationState.Finished : SelfEvaluationState.Draft,
            evaluation.Id, evaluation.StartedOn, evaluation.FinishedOn, areas, lastSaved?.SavedBy, lastSaved?.SavedAt);
    }

    // The LA's comments reach the setting's leaders as notifications (SettingNotifier), each linking to the goal or the
    // self-evaluation area it is about; the notification's read mark is what "unread" means. Notifications are the
    // recipient's alone (their query filter).
    private async Task<IReadOnlyList<SettingHomeComment>> UnreadCommentsAsync(CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .Where(n => n.ReadAt == null && n.Link != null
                && (n.Link.StartsWith("/plan-goals/") || n.Link.StartsWith("/self-evaluations/") || (n.Link.StartsWith("/settings/") && n.Link.Contains("/self-evaluation/"))))
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(20)
            .Select(n => new SettingHomeComment(n.Text, n.Link!, n.CreatedAt))
            .ToListAsync(cancellationToken);

    [GeneratedRegex(@",|;|/|&|\band\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NameSeparators();
}
