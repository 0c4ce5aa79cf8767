using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Infrastructure;

namespace Ascent.Web.Services.Improvement;

/// How a goal reads outside the web pages (the Word document, the print page, the CSV and XLSX), so that all of them
/// say the same thing in the same words.
public static class PlanText
{
    public static string Status(GoalStatus status) => status switch
    {
        GoalStatus.InProgress => "In progress",
        GoalStatus.Achieved => "Achieved",
        GoalStatus.Dropped => "Dropped",
        _ => "Not started",
    };

    public static string Priority(GoalPriority priority) => priority switch
    {
        GoalPriority.High => "High",
        GoalPriority.Low => "Low",
        _ => "Medium",
    };

    /// The area the goal is about, "1.3.1 Assessment and planning cycle" for an NQS element, its name alone for
    /// an Ofsted area (whose codes are ours, not the regulator's); "" for none.
    public static string Area(PlanGoal goal, FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return Area(goal.FrameworkCode, goal.AreaCode, frameworks);
    }

    public static string Area(string? frameworkCode, string? areaCode, FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        if (frameworkCode is null || areaCode is null)
            return "";
        if (!frameworks.TryGet(frameworkCode, out var framework) || framework.FindArea(areaCode) is not { } area)
            return areaCode;
        return char.IsDigit(area.Code[0]) ? $"{area.Code} {area.Name}" : area.Name;
    }

    /// The top-level area (an NQS quality area) the goal's area sits in, or null when it has none.
    public static FrameworkArea? TopArea(PlanGoal goal, FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(frameworks);
        return goal.FrameworkCode is { } code && goal.AreaCode is { } areaCode && frameworks.TryGet(code, out var framework)
            ? framework.Areas.FirstOrDefault(a => a.Find(areaCode) is not null)
            : null;
    }

    /// "Write a supervision schedule (Mo Manager, by 6 December 2026), done".
    public static string Step(PlanStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Step(step.Text, step.Owner, step.DueOn, step.Done);
    }

    public static string Step(StepSnapshot step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Step(step.Text, step.Owner, step.DueOn, step.Done);
    }

    private static string Step(string text, string? owner, DateOnly? dueOn, bool done)
    {
        var who = string.Join(", ", new[] { owner, dueOn is { } due ? "by " + Format.Date(due) : null }.Where(p => p is not null));
        return text + (who.Length > 0 ? $" ({who})" : "") + (done ? ", done" : "");
    }

    /// The setting's own progress notes, oldest first, dated. The LA's comments are left out: the documents are the
    /// setting's plan in its own words, and the comments stay on the goal's page.
    public static IEnumerable<string> Progress(PlanGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return goal.Notes.Where(n => n.Kind == GoalNoteKind.Progress).OrderBy(n => n.At)
            .Select(n => $"{Format.Date(DateOnly.FromDateTime(n.At.UtcDateTime))}: {n.Text}");
    }

    public static IEnumerable<string> Impact(PlanGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.ImpactDifference is { } difference)
            yield return "Difference made: " + difference;
        if (goal.ImpactChildren is { } children)
            yield return "For which children: " + children;
        if (goal.ImpactEvidence is { } evidence)
            yield return "Evidence: " + evidence;
        if (goal.DroppedReason is { } reason)
            yield return "Dropped because: " + reason;
    }
}
