using System.Globalization;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;

namespace Ascent.Web.Domain.Improvement;

/// Goals made from what someone else asked of the setting: an action agreed at a visit, or an inspection's action or
/// recommendation. Each goal is linked to the framework area its words are about (AreaMatcher), when one matches.
public static class GoalsFromActions
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// The areas a goal may be linked to, as the goal's form lists them: every area and nested area of the framework
    /// but its overall judgement.
    public static IEnumerable<FrameworkArea> GoalAreas(Framework? framework) =>
        framework is null ? [] : framework.AllAreas.Where(a => a.Code != framework.HeadlineAreaCode);

    /// The area an action's words suggest, or null.
    public static FrameworkArea? SuggestedArea(string text, Framework? framework) => AreaMatcher.Best(text, GoalAreas(framework));

    /// A new goal from a setting's action agreed at a visit: titled with the action, due when it is, linked to the
    /// area its words suggest in the framework the setting works to now.
    public static PlanGoal FromAgreedAction(Setting setting, AgreedAction action, DateOnly visitDate, Framework? framework, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(action);
        var agreed = $"Action agreed at the visit on {visitDate.ToString("d MMMM yyyy", British)}";
        var goal = new PlanGoal(setting, new GoalSource(GoalSourceKind.VisitAgreedAction, action.Id == 0 ? null : action.Id, Cut($"{agreed}: {action.Text}", PlanGoal.SourceTextMaxLength)), by, at);
        var area = SuggestedArea(action.Text, framework);
        goal.Describe(action.TitleForNewGoal(), agreed, area is null ? null : framework!.Code, area?.Code, GoalPriority.Medium, null, action.DueOn);
        return goal;
    }

    /// A goal from an inspection's action (high priority: the regulator requires it, by its date) or recommendation,
    /// linked to the area chosen (null for none) of the framework given.
    public static PlanGoal FromInspectionItem(Setting setting, InspectionItem item, DateOnly inspected, Framework? framework, string? areaCode, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(item);
        var isAction = item.Kind == InspectionItemKind.Action;
        var what = $"{(isAction ? "Action" : "Recommendation")} from the inspection of {inspected.ToString("d MMMM yyyy", British)}";
        var area = areaCode is null ? null : GoalAreas(framework).FirstOrDefault(a => a.Code == areaCode)
            ?? throw new ArgumentOutOfRangeException(nameof(areaCode), "The area is not one of the framework's.");
        var goal = new PlanGoal(setting, new GoalSource(isAction ? GoalSourceKind.InspectionAction : GoalSourceKind.InspectionRecommendation, item.Id, Cut($"{what}: {item.Text}", PlanGoal.SourceTextMaxLength)), by, at);
        goal.Describe(Cut(item.Text, PlanGoal.OutcomeMaxLength), what, area is null ? null : framework!.Code, area?.Code, isAction ? GoalPriority.High : GoalPriority.Medium, null, item.DueOn);
        return goal;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
