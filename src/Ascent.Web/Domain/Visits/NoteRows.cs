namespace Ascent.Web.Domain.Visits;

/// What the adviser writes in a note of visit, apart from its recommendations and actions.
public sealed record NoteWriteUp(
    string? Agenda,
    string? Attended,
    string? SeenAndDiscussed,
    string? AuditsDone,
    IReadOnlyCollection<string> Signposting,
    string? SignpostingOther,
    string? Progress);

/// A note's evaluation of one carried-forward recommendation.
public sealed record ReviewRow(int ReviewId, Evaluation? Evaluation, string? Comment);

/// A row of the note's recommendations: with an id it edits (or, with blank text, removes) one already saved.
public sealed record RecommendationRow(int? Id, string? Text);

/// A row of the note's agreed actions: with an id it edits (or, without terms, removes) one already saved.
public sealed record ActionRow(int? Id, ActionTerms? Terms);

/// What an agreed action says: what, whose, by when, and (for the setting's) the improvement-plan goal.
public sealed record ActionTerms(string Text, VisitParty Owner, DateOnly DueOn, ActionGoal Goal);

/// Which goal of the setting's improvement plan an action belongs to: none, one already in the plan, or a new one
/// made from the action when the note is issued.
public sealed record ActionGoal(ActionGoalKind Kind, Improvement.PlanGoal? Goal)
{
    public static ActionGoal None { get; } = new(ActionGoalKind.None, null);

    public static ActionGoal New { get; } = new(ActionGoalKind.New, null);

    public static ActionGoal Existing(Improvement.PlanGoal goal) => new(ActionGoalKind.Existing, goal ?? throw new ArgumentNullException(nameof(goal)));
}

public enum ActionGoalKind
{
    None = 0,
    Existing = 1,
    New = 2,
}
