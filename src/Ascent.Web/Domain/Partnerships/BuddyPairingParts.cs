namespace Ascent.Web.Domain.Partnerships;

/// Where a buddy pairing is in its life: agreed in principle, under way, or over (with its outcome review).
public enum BuddyStatus
{
    Proposed = 1,
    Active = 2,
    Ended = 3,
}

/// Who leads a pairing: a setting of the LA, a partner of a partnership who is not a setting (a school), or an
/// accredited practitioner the LA names.
public enum BuddyLeadKind
{
    Setting = 1,
    Partner = 2,
    Practitioner = 3,
}

/// What the outcome review says of one goal.
public enum BuddyGoalResult
{
    Met = 1,
    PartlyMet = 2,
    NotMet = 3,
}

/// The lead as chosen: a setting (its id), a partner (the partnership member's id) or a practitioner (by name and
/// organisation). Names are kept on the pairing so each side reads the other's without seeing its register row.
public sealed record BuddyLead(BuddyLeadKind Kind, int? SettingId, int? MemberId, string Name, string? Organisation);

/// A goal of the supported setting's plan chosen for the pairing: its id, whose goal it is, and its words.
public sealed record ChosenGoal(int PlanGoalId, int SettingId, string Outcome);

/// What the review says of one goal: met, partly or not, and a sentence on what changed.
public sealed record GoalReview(int GoalId, BuddyGoalResult Result, string Change);

/// A rule of buddying refused what was asked, with the reason in the words a person reads.
public sealed class BuddyingRefusedException(string message) : InvalidOperationException(message);

/// One goal of the supported setting's plan the pairing works on, and, after the review, what changed.
public sealed class BuddyGoal
{
    public const int OutcomeMaxLength = 1000;
    public const int ChangeMaxLength = 1000;

    private BuddyGoal()
    {
        Outcome = "";
    }

    internal BuddyGoal(ChosenGoal goal)
    {
        PlanGoalId = goal.PlanGoalId;
        var words = goal.Outcome.Trim();
        Outcome = words.Length <= OutcomeMaxLength ? words : words[..OutcomeMaxLength];
    }

    public int Id { get; private set; }

    public int PlanGoalId { get; private set; }

    /// The goal's outcome as it read when chosen.
    public string Outcome { get; private set; }

    public BuddyGoalResult? Result { get; private set; }

    public string? Change { get; private set; }

    internal void Review(BuddyGoalResult result, string change)
    {
        Result = result;
        Change = change;
    }
}

/// A visit between the two settings: planned for a day, then held, with a short note both sides see.
public sealed class BuddyVisit
{
    public const int NoteMaxLength = 2000;
    public const int ByMaxLength = 200;

    private BuddyVisit()
    {
    }

    internal BuddyVisit(DateOnly plannedOn)
    {
        PlannedOn = plannedOn;
    }

    public int Id { get; private set; }

    public DateOnly PlannedOn { get; private set; }

    public DateOnly? HeldOn { get; private set; }

    /// The shared note: what they did and agreed, read by both settings, the LA and the adviser.
    public string? SharedNote { get; private set; }

    public string? NoteBy { get; private set; }

    public bool IsHeld => HeldOn is not null;

    internal void Held(DateOnly on) => HeldOn = on;

    internal void Note(string note, string by)
    {
        SharedNote = note;
        NoteBy = by;
    }
}
