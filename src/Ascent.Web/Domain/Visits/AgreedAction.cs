using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Visits;

/// Something agreed at a visit, owned by the setting or the LA, by a date. A setting's action belongs to a goal of
/// its improvement plan (one already there, or one made from the action when the note is issued), or to none; the
/// setting reports progress on its open actions when preparing the next visit.
public sealed class AgreedAction : IPublishedToSetting
{
    public const int TextMaxLength = 2000;

    /// The goal's title as the action keeps it (PlanGoal.OutcomeMaxLength), and as older notes named it in words.
    public const int PlanGoalTitleMaxLength = PlanGoal.OutcomeMaxLength;

    public const int ProgressMaxLength = 4000;

    private AgreedAction()
    {
        Text = "";
    }

    public AgreedAction(VisitNote note, string text, VisitParty owner, DateOnly dueOn, ActionGoal goal, int position)
    {
        ArgumentNullException.ThrowIfNull(note);
        Note = note;
        TenantId = note.TenantId;
        SettingId = note.SettingId;
        Position = position;
        Text = "";
        Update(text, owner, dueOn, goal);
        Status = ActionStatus.Open;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int NoteId { get; private set; }

    public VisitNote? Note { get; private set; }

    public string Text { get; private set; }

    public VisitParty Owner { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// The improvement-plan goal this action belongs to; null for none, for one still to be made when the note is
    /// issued (MakesNewGoal), and for an older action that named its goal only in words (PlanGoalTitle).
    public int? PlanGoalId { get; private set; }

    public PlanGoal? Goal { get; private set; }

    /// The goal's title when the action was linked to it, so the note still reads if the goal is renamed or removed;
    /// for an action written before actions were linked to goals, the goal as the adviser named it.
    public string? PlanGoalTitle { get; private set; }

    /// A new goal is to be made from this action when its note is issued (not before: the setting does not see a
    /// draft, so a goal must not appear in its plan from one).
    public bool MakesNewGoal { get; private set; }

    /// Linked to no goal, though it names one: written before actions were linked, or its goal has gone.
    public bool IsUnlinked => PlanGoalId is null && Goal is null && !MakesNewGoal && PlanGoalTitle is not null;

    public int Position { get; private set; }

    public ActionStatus Status { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    /// The setting's latest account of its progress on this action.
    public string? Progress { get; private set; }

    public DateTimeOffset? ProgressAt { get; private set; }

    public bool IsPublished { get; private set; }

    public int Version { get; private set; }

    /// Changes what was agreed. Only the setting's actions belong to its plan: an LA's action is linked to no goal.
    /// A goal linked to must be an open goal of the setting's own plan.
    public void Update(string text, VisitParty owner, DateOnly dueOn, ActionGoal goal)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, TextMaxLength);
        ArgumentNullException.ThrowIfNull(goal);
        Text = text.Trim();
        Owner = owner;
        DueOn = dueOn;
        var kind = owner == VisitParty.Setting ? goal.Kind : ActionGoalKind.None;
        if (kind == ActionGoalKind.Existing)
        {
            var chosen = goal.Goal!;
            if (chosen.SettingId != SettingId || chosen.TenantId != TenantId)
                throw new InvalidOperationException("An action is linked to a goal of its own setting's plan.");
            if (!chosen.IsOpen)
                throw new InvalidOperationException("An action is linked to an open goal.");
            LinkTo(chosen);
            MakesNewGoal = false;
            return;
        }

        Goal = null;
        PlanGoalId = null;
        PlanGoalTitle = null;
        MakesNewGoal = kind == ActionGoalKind.New;
    }

    /// The goal made from this action as its note is issued.
    public void LinkMadeGoal(PlanGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (!MakesNewGoal)
            throw new InvalidOperationException("Only an action that asks for a new goal is given one.");
        if (goal.SettingId != SettingId)
            throw new InvalidOperationException("An action is linked to a goal of its own setting's plan.");
        LinkTo(goal);
        MakesNewGoal = false;
    }

    /// Links a setting's action from an issued note that is in no goal (written before actions were linked, or
    /// agreed as part of none) to a goal the setting has made from it. Its version is left alone: the link is the
    /// plan's, and the setting reporting progress on the action at the same time must not be refused for it.
    public void LinkGoal(PlanGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (Owner != VisitParty.Setting || !IsPublished || PlanGoalId is not null || MakesNewGoal)
            throw new InvalidOperationException("Only a setting's issued action in no goal is linked to one afterwards.");
        if (goal.SettingId != SettingId)
            throw new InvalidOperationException("An action is linked to a goal of its own setting's plan.");
        LinkTo(goal);
    }

    /// The goal's title as a new goal made from this action takes it: the action's words, cut at a word within the
    /// limit of a goal's outcome.
    public string TitleForNewGoal()
    {
        if (Text.Length <= PlanGoal.OutcomeMaxLength)
            return Text;
        var cut = Text[..(PlanGoal.OutcomeMaxLength - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > PlanGoal.OutcomeMaxLength / 2 ? cut[..space] : cut).TrimEnd() + "…";
    }

    private void LinkTo(PlanGoal goal)
    {
        Goal = goal;
        PlanGoalId = goal.Id == 0 ? null : goal.Id;
        PlanGoalTitle = goal.Outcome;
    }

    public void Publish() => IsPublished = true;

    public void ReportProgress(string? progress, bool done, DateOnly today, DateTimeOffset at)
    {
        Progress = string.IsNullOrWhiteSpace(progress) ? Progress : progress.Trim();
        ProgressAt = at;
        if (done && Status == ActionStatus.Open)
        {
            Status = ActionStatus.Done;
            DoneOn = today;
        }

        Version++;
    }

    public bool IsOverdue(DateOnly today) => Status == ActionStatus.Open && DueOn < today;
}

public enum ActionStatus
{
    Open = 1,
    Done = 2,
}
