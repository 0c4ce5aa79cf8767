using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Improvement;

/// Where a new goal comes from, with the words copied into it and what the goal's form says about them.
public sealed record NewGoalSource(GoalSource Source, string? Issue, string? AreaCode, string Explanation, string? Outcome = null);

/// The source the goal form's address names, if any: a self-evaluation area, its voices, a recommendation or an action.
public sealed record GoalSourceIds(int? FromArea, int? FromFeedback, int? FromRecommendation, int? FromAction);

/// The sources a goal is made from or links back to: a self-evaluation area, what parents and staff said about one,
/// a recommendation or agreed action from a note of visit, an inspection.
public static class GoalSources
{
    /// The source named in the goal form's address, found through the query filters and by the setting's id, so only
    /// the setting's own self-evaluation and its published recommendations are found. Found is false when one is named
    /// but not found; Source is null when none is named.
    public static async Task<(bool Found, NewGoalSource? Source)> NewGoalSourceAsync(AppDbContext db, FrameworkRegistry frameworks, int settingId,
        GoalSourceIds from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(frameworks);
        ArgumentNullException.ThrowIfNull(from);
        var (fromArea, fromFeedback, fromRecommendation, fromAction) = from;
        if ((fromArea ?? fromFeedback) is { } areaId)
        {
            var area = await db.SelfEvaluationAreas.Include(a => a.Evaluation).FirstOrDefaultAsync(a => a.Id == areaId && a.SettingId == settingId, cancellationToken);
            if (area is null)
                return (false, null);
            var areaName = frameworks.TryGet(area.Evaluation!.FrameworkCode, out var framework) ? framework.FindArea(area.AreaCode)?.Name ?? area.AreaCode : area.AreaCode;
            var where = $"self-evaluation started on {Infrastructure.Format.Date(area.Evaluation.StartedOn)}: {areaName}";
            return (true, fromArea is not null
                ? new(new GoalSource(GoalSourceKind.SelfEvaluationArea, area.Id, "S" + where[1..]), area.ForDevelopment, area.AreaCode, "From your self-evaluation: the area for development is copied below.")
                : new(new GoalSource(GoalSourceKind.Feedback, area.Id, "What parents and staff said in the " + where), null, area.AreaCode, "From what parents and staff said about this area: write the issue they raised below."));
        }

        if (fromRecommendation is { } recommendationId)
        {
            var recommendation = await db.Recommendations.Include(r => r.Note).FirstOrDefaultAsync(r => r.Id == recommendationId && r.SettingId == settingId, cancellationToken);
            if (recommendation is null)
                return (false, null);
            return (true, new(new GoalSource(GoalSourceKind.VisitRecommendation, recommendation.Id, $"Recommendation from the note of visit: {recommendation.Text}"),
                recommendation.Text, null, "From a recommendation in a note of visit: it is copied below as the issue."));
        }

        if (fromAction is { } actionId)
        {
            // A setting's action from an issued note (the plan offers those in no goal).
            var action = await db.AgreedActions.Include(a => a.Note).ThenInclude(n => n!.Visit).ThenInclude(v => v!.Setting)
                .FirstOrDefaultAsync(a => a.Id == actionId && a.SettingId == settingId && a.IsPublished && a.Owner == Domain.Visits.VisitParty.Setting, cancellationToken);
            if (action is null)
                return (false, null);
            var visit = action.Note!.Visit!;
            var held = Infrastructure.Format.Date(visit.HeldOn ?? visit.Date);
            var framework = frameworks.ForInspectionDate(visit.Setting!.Regulator, visit.HeldOn ?? visit.Date);
            return (true, new(new GoalSource(GoalSourceKind.VisitAgreedAction, action.Id, Cut($"Action agreed at the visit on {held}: {action.Text}", PlanGoal.SourceTextMaxLength)),
                action.Text, GoalsFromActions.SuggestedArea(action.Text, framework)?.Code,
                "From an action agreed at a visit: it is copied below as the issue, and the goal the note named as the outcome.", action.PlanGoalTitle ?? action.TitleForNewGoal()));
        }

        return (true, null);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// Where the goal's source can be read, when Ascent holds it.
    public static async Task<string?> HrefAsync(AppDbContext db, PlanGoal goal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(goal);
        return goal.SourceKind switch
        {
            GoalSourceKind.InspectionAction or GoalSourceKind.InspectionRecommendation => $"/settings/{goal.SettingId}",
            // A goal made from an action added in the same save as the note was issued has no source id: its action
            // is the first linked to it.
            GoalSourceKind.VisitAgreedAction => await (goal.SourceId is { } actionId ? db.AgreedActions.Where(a => a.Id == actionId) : db.AgreedActions.Where(a => a.PlanGoalId == goal.Id))
                .OrderBy(a => a.Id).Select(a => "/visits/" + a.Note!.VisitId + "/note").FirstOrDefaultAsync(cancellationToken),
            GoalSourceKind.VisitRecommendation => await db.Recommendations.Where(r => r.Id == goal.SourceId).Select(r => "/visits/" + r.Note!.VisitId + "/note").FirstOrDefaultAsync(cancellationToken),
            GoalSourceKind.Feedback => await db.SelfEvaluationAreas.Where(a => a.Id == goal.SourceId).Select(a => "/self-evaluations/" + a.EvaluationId + "#voices-" + a.AreaCode).FirstOrDefaultAsync(cancellationToken),
            GoalSourceKind.SelfEvaluationArea => await db.SelfEvaluationAreas.Where(a => a.Id == goal.SourceId).Select(a => "/self-evaluations/" + a.EvaluationId + "#area-" + a.AreaCode).FirstOrDefaultAsync(cancellationToken),
            GoalSourceKind.Audit => goal.SourceId is { } auditId ? $"/audits/{auditId}/results" : null,
            _ => null,
        };
    }
}
