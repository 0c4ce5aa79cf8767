using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Improvement;

/// A goal of a setting's quality improvement plan: the issue identified, the outcome sought, how it will get there
/// (steps), how it will know (success measure) and by when; then progress notes, a status and, at the end, a review
/// of the difference it made. It remembers where it came from (an inspection action, a visit's agreed action, an area
/// of the self-evaluation) so the two can be followed both ways.
public sealed class PlanGoal : ISettingOwned
{
    public const int OutcomeMaxLength = 1000;
    public const int IssueMaxLength = 4000;
    public const int SuccessMeasureMaxLength = 2000;
    public const int DroppedReasonMaxLength = 2000;
    public const int ImpactMaxLength = 4000;
    public const int SourceTextMaxLength = 2000;
    public const int CodeMaxLength = 100;
    public const int ByMaxLength = 200;

    private readonly List<PlanStep> _steps = [];
    private readonly List<GoalNote> _notes = [];

    private PlanGoal()
    {
        Outcome = "";
        CreatedBy = "";
    }

    public PlanGoal(Setting setting, GoalSource source, string createdBy, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(source);
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        SourceKind = source.Kind;
        SourceId = source.Id;
        SourceText = source.Text;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Outcome = "";
        Status = GoalStatus.NotStarted;
        Priority = GoalPriority.Medium;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public GoalSourceKind SourceKind { get; private set; }

    /// The id of the inspection item, agreed action or self-evaluation area the goal came from.
    public int? SourceId { get; private set; }

    /// The source's words as they were when the goal was made, so the goal still reads sensibly if the source changes.
    public string? SourceText { get; private set; }

    public string? FrameworkCode { get; private set; }

    public string? AreaCode { get; private set; }

    public string? Issue { get; private set; }

    public string Outcome { get; private set; }

    public GoalPriority Priority { get; private set; }

    public string? SuccessMeasure { get; private set; }

    public DateOnly? ByWhen { get; private set; }

    public GoalStatus Status { get; private set; }

    public string? DroppedReason { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ImpactDifference { get; private set; }

    public string? ImpactChildren { get; private set; }

    public string? ImpactEvidence { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// The steps as loaded or added; their Position gives the order the plan shows them in.
    public IReadOnlyList<PlanStep> Steps => _steps;

    public IReadOnlyList<GoalNote> Notes => _notes;

    public int Version { get; private set; }

    public bool IsOpen => Status is GoalStatus.NotStarted or GoalStatus.InProgress;

    public void Describe(string outcome, string? issue, string? frameworkCode, string? areaCode, GoalPriority priority, string? successMeasure, DateOnly? byWhen)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        if (!Enum.IsDefined(priority))
            throw new ArgumentOutOfRangeException(nameof(priority));
        Outcome = outcome.Trim();
        Issue = FreeText.Trimmed(issue);
        FrameworkCode = string.IsNullOrWhiteSpace(areaCode) ? null : FreeText.Trimmed(frameworkCode);
        AreaCode = FrameworkCode is null ? null : FreeText.Trimmed(areaCode);
        Priority = priority;
        SuccessMeasure = FreeText.Trimmed(successMeasure);
        ByWhen = byWhen;
        Version++;
    }

    /// Replaces the steps with the ones given, in order, as the goal's form does; blank rows are the caller's to drop.
    public void PlanSteps(IEnumerable<PlannedStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var planned = steps.ToList();
        _steps.Clear();
        var position = 0;
        foreach (var step in planned)
            _steps.Add(new PlanStep(this, step.Text, step.Owner, step.DueOn, step.Done, position++));
        Version++;
    }

    /// A step added after the last one.
    public PlanStep AddStep(string text, string? owner, DateOnly? dueOn)
    {
        var step = new PlanStep(this, text, owner, dueOn, done: false, position: _steps.Count == 0 ? 0 : _steps.Max(s => s.Position) + 1);
        _steps.Add(step);
        Version++;
        return step;
    }

    public void ChangeStep(PlanStep step, string text, string? owner, DateOnly? dueOn)
    {
        OwnStep(step).Change(text, owner, dueOn);
        Version++;
    }

    /// Marks a step done. The goal's status is the setting's to move: finishing every step does not achieve it.
    public void CompleteStep(PlanStep step)
    {
        OwnStep(step).MarkDone(true);
        Version++;
    }

    public void ReopenStep(PlanStep step)
    {
        OwnStep(step).MarkDone(false);
        Version++;
    }

    /// Removes a step; the ones after it close up.
    public void RemoveStep(PlanStep step)
    {
        _steps.Remove(OwnStep(step));
        Renumber(_steps.OrderBy(s => s.Position).ToList());
        Version++;
    }

    /// Moves a step to the given place in the order (0 is first); the others keep their order around it.
    public void MoveStep(PlanStep step, int position)
    {
        var ordered = _steps.OrderBy(s => s.Position).ToList();
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, ordered.Count);
        ordered.Remove(OwnStep(step));
        ordered.Insert(position, step);
        Renumber(ordered);
        Version++;
    }

    public GoalNote AddNote(GoalNoteKind kind, string text, string by, DateTimeOffset at)
    {
        var note = new GoalNote(this, kind, text, by, at);
        _notes.Add(note);
        // Writing progress on a goal not yet started means it has started. A note alone leaves the goal's version
        // as it is, so someone adding a note never makes another person's open form stale.
        if (kind == GoalNoteKind.Progress && Status == GoalStatus.NotStarted)
        {
            Status = GoalStatus.InProgress;
            Version++;
        }

        return note;
    }

    public void ChangeStatus(GoalStatus status, string? droppedReason, DateOnly today)
    {
        if (!Enum.IsDefined(status))
            throw new ArgumentOutOfRangeException(nameof(status));
        if (status == GoalStatus.Dropped && string.IsNullOrWhiteSpace(droppedReason))
            throw new InvalidOperationException("Say why the goal is dropped.");
        FreeText.Within(droppedReason, DroppedReasonMaxLength);
        Status = status;
        DroppedReason = status == GoalStatus.Dropped ? droppedReason!.Trim() : null;
        ClosedOn = IsOpen ? null : ClosedOn ?? today;
        Version++;
    }

    /// The closing review: what difference the goal made, for which children, and the evidence of it.
    public void ReviewImpact(string? difference, string? children, string? evidence)
    {
        if (IsOpen)
            throw new InvalidOperationException("Review the impact of a goal once it is achieved or dropped.");
        FreeText.Within(difference, ImpactMaxLength);
        FreeText.Within(children, ImpactMaxLength);
        FreeText.Within(evidence, ImpactMaxLength);
        ImpactDifference = FreeText.Trimmed(difference);
        ImpactChildren = FreeText.Trimmed(children);
        ImpactEvidence = FreeText.Trimmed(evidence);
        Version++;
    }

    public IReadOnlyList<SmartWarning> Flags(DateOnly today) => SmartCheck.Flags(this, today);

    /// The next date the plan is working to: the earliest open step's, else the goal's own.
    public DateOnly? NextDate => Steps.Where(s => !s.Done && s.DueOn is not null).Min(s => s.DueOn) ?? ByWhen;

    private PlanStep OwnStep(PlanStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return _steps.Contains(step) ? step : throw new InvalidOperationException("The step is not one of this goal's.");
    }

    private static void Renumber(List<PlanStep> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
            ordered[i].MoveTo(i);
    }
}

/// A step as the goal's form gives it: what, who, by when and whether it is done.
public sealed record PlannedStep(string Text, string? Owner, DateOnly? DueOn, bool Done);

public enum GoalPriority
{
    Low = 1,
    Medium = 2,
    High = 3,
}

public enum GoalStatus
{
    NotStarted = 1,
    InProgress = 2,
    Achieved = 3,
    Dropped = 4,
}

public enum GoalSourceKind
{
    None = 0,
    InspectionAction = 1,
    InspectionRecommendation = 2,
    VisitAgreedAction = 3,
    VisitRecommendation = 4,
    SelfEvaluationArea = 5,
    Feedback = 6,

    /// A goal suggested by an audit's results (SourceId is the audit; AuditGoal says which item or subscale).
    Audit = 7,
}

/// Where a goal came from; None for one the setting wrote itself.
public sealed record GoalSource(GoalSourceKind Kind, int? Id, string? Text)
{
    public static GoalSource Own { get; } = new(GoalSourceKind.None, null, null);
}
