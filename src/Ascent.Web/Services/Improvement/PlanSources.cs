using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Improvement;

/// Where goals come from besides the setting's own thinking: the last inspection's actions and recommendations, and
/// the actions agreed at visits.
///
/// Agreed actions are read live rather than copied into goals when a note is issued: an action already keeps its own
/// status and the progress the setting reports on it when preparing each visit, so a copy would be a second record of
/// the same thing that drifts from the first. The plan shows them under the goal they are linked to
/// (AgreedAction.PlanGoalId): one already in the plan, or one made from the action when its note was issued.
public static class PlanSources
{
    public sealed record LastInspection(Inspection Inspection, List<InspectionItem> Waiting);

    /// The most recent inspection that judged quality, with those of its actions and recommendations that are not yet goals.
    public static async Task<LastInspection?> LastInspectionAsync(AppDbContext db, int settingId, CancellationToken cancellationToken)
    {
        var inspections = await db.Inspections.AsNoTracking().Include(i => i.Items)
            .Where(i => i.SettingId == settingId).OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).ToListAsync(cancellationToken);
        var last = inspections.FirstOrDefault(i => i.CountsAsLatest);
        if (last is null || last.Items.Count == 0)
            return null;
        var itemIds = last.Items.Select(i => (int?)i.Id).ToList();
        var made = await db.PlanGoals
            .Where(g => g.SettingId == settingId && (g.SourceKind == GoalSourceKind.InspectionAction || g.SourceKind == GoalSourceKind.InspectionRecommendation) && itemIds.Contains(g.SourceId))
            .Select(g => g.SourceId).ToListAsync(cancellationToken);
        return new LastInspection(last, [.. last.Items.Where(i => !made.Contains(i.Id)).OrderBy(i => i.Kind).ThenBy(i => i.Id)]);
    }

    /// The framework whose areas the inspection's goals are linked to: the inspection's own, unless it names no area
    /// but its overall judgement (the older frameworks), then the one the setting works to now.
    public static Framework? FrameworkFor(FrameworkRegistry frameworks, LastInspection last, string regulator, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        ArgumentNullException.ThrowIfNull(last);
        return frameworks.TryGet(last.Inspection.FrameworkCode, out var own) && GoalsFromActions.GoalAreas(own).Any()
            ? own
            : frameworks.ForInspectionDate(regulator, today);
    }

    /// A goal for each waiting item, linked to the area chosen for it (areas by item id; an item not there gets the
    /// area its words suggest).
    public static List<PlanGoal> GoalsFrom(Setting setting, LastInspection last, Framework? framework, IReadOnlyDictionary<int, string?> areas, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(areas);
        return [.. last.Waiting.Select(item => GoalsFromActions.FromInspectionItem(setting, item, last.Inspection.Date, framework,
            areas.TryGetValue(item.Id, out var chosen) ? chosen : GoalsFromActions.SuggestedArea(item.Text, framework)?.Code, by, at))];
    }

    /// The setting's actions from issued notes (the query filters show a setting only published ones; the LA is held to
    /// the same here), oldest due first.
    public static Task<List<AgreedAction>> AgreedActionsAsync(AppDbContext db, int settingId, CancellationToken cancellationToken, int? goalId = null) =>
        db.AgreedActions.AsNoTracking().Include(a => a.Note)
            .Where(a => a.SettingId == settingId && a.IsPublished && a.Owner == VisitParty.Setting && (goalId == null || a.PlanGoalId == goalId))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    /// Open recommendations from the setting's issued notes of visit that no goal has been made from yet, oldest
    /// first (the filters hide drafts from a setting; the explicit IsPublished hides them from the LA too).
    public static async Task<List<Recommendation>> RecommendationsWaitingAsync(AppDbContext db, int settingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var made = db.PlanGoals.Where(g => g.SettingId == settingId && g.SourceKind == GoalSourceKind.VisitRecommendation).Select(g => g.SourceId);
        return await db.Recommendations.AsNoTracking().Include(r => r.Note)
            .Where(r => r.SettingId == settingId && r.IsPublished && r.Status == RecommendationStatus.Open && !made.Contains(r.Id))
            .OrderBy(r => r.NoteId).ThenBy(r => r.Position).ToListAsync(cancellationToken);
    }
}
