using System.Globalization;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Visits;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits.Note;

/// The improvement-plan goal of each of the setting's agreed actions: one of the plan's open goals, a new goal made
/// from the action when the note is issued, or none. A goal closed or gone since the form was loaded is refused
/// with a message, the rest of the form kept.
public abstract partial class NoteFormPage
{
    /// The goal choices of an action besides the plan's open goals (whose value is their id).
    public const string NewGoal = "new";
    public const string NoGoal = "none";

    /// The open goals of the setting's improvement plan, which a setting's action may belong to.
    public List<PlanGoal> OpenGoals { get; private set; } = [];

    public IReadOnlyList<SelectListItem> GoalItems =>
    [
        new("Choose a goal", ""),
        .. OpenGoals.Select(g => new SelectListItem(g.Outcome.Length > 120 ? g.Outcome[..119].TrimEnd() + "…" : g.Outcome, g.Id.ToString(CultureInfo.InvariantCulture))),
        new("A new goal made from this action when the note is issued", NewGoal),
        new("Not part of the improvement plan", NoGoal),
    ];

    /// The goal an action named before that is not among the choices now (its goal was closed, or it was named in
    /// words before actions were linked to goals), to show beside the row.
    public string? EarlierGoal(ActionInput row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var saved = row.Id is { } id ? Note?.Actions.FirstOrDefault(a => a.Id == id) : null;
        return saved is { Owner: VisitParty.Setting, PlanGoalTitle: { } title, MakesNewGoal: false } && !OpenGoals.Any(g => g.Id == saved.PlanGoalId)
            ? title
            : null;
    }

    /// Reads the setting's open goals (tracked: an action is linked to the goal itself).
    protected async Task LoadOpenGoalsAsync(CancellationToken cancellationToken) =>
        OpenGoals = await Db.PlanGoals
            .Where(g => g.SettingId == Visit.SettingId && (g.Status == GoalStatus.NotStarted || g.Status == GoalStatus.InProgress))
            .OrderBy(g => g.Outcome).ThenBy(g => g.Id).ToListAsync(cancellationToken);

    /// The goal an action row chose, with a problem added when a setting's action chose none or a goal no longer
    /// open (closed, or gone, since the form was loaded). The LA's own actions belong to no goal.
    private ActionGoal GoalOf(ActionInput row, int index)
    {
        if (row.Owner != VisitParty.Setting)
            return ActionGoal.None;
        switch (row.Goal)
        {
            case NewGoal:
                return ActionGoal.New;
            case NoGoal:
                return ActionGoal.None;
            case null or "":
                ModelState.AddModelError($"Actions[{index}].Goal", $"Choose the improvement plan goal for action {index + 1}: one of the plan's goals, a new goal, or not part of the plan");
                return ActionGoal.None;
        }

        if (int.TryParse(row.Goal, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && OpenGoals.FirstOrDefault(g => g.Id == id) is { } goal)
            return ActionGoal.Existing(goal);
        ModelState.AddModelError($"Actions[{index}].Goal", $"The goal chosen for action {index + 1} is no longer an open goal of the plan: it was closed or removed after you opened the note. Choose another goal, or make a new one from the action");
        return ActionGoal.None;
    }

    private static string GoalChoice(AgreedAction action) =>
        action.Owner != VisitParty.Setting ? ""
        : action.MakesNewGoal ? NewGoal
        : action.PlanGoalId is { } id ? id.ToString(CultureInfo.InvariantCulture)
        : action.PlanGoalTitle is null ? NoGoal
        : "";
}
