using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Improvement;

/// A goal of a setting's quality improvement plan: the issue identified, the outcome sought, how it will get there
/// (steps), how it will know (success measure) and by when; then progress notes, a status and, at the end, a review
/// of the difference it made. It remembers where it came from (an inspection action, a visit's agreed action, an area
/// of the self-evaluation) so the two can be followed both ways.
public sealed class PlanGoal : ISettingOwned
{
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

    public List<PlanStep> Steps { get; } = [];

    public List<GoalNote> Notes { get; } = [];

    public int Version { get; private set; }

    public bool IsOpen => Status is GoalStatus.NotStarted or GoalStatus.InProgress;

    public void Describe(string outcome, string? issue, string? frameworkCode, string? areaCode, GoalPriority priority, string? successMeasure, DateOnly? byWhen)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        Outcome = outcome.Trim();
        Issue = FreeText.Trimmed(issue);
        FrameworkCode = string.IsNullOrWhiteSpace(areaCode) ? null : FreeText.Trimmed(frameworkCode);
        AreaCode = FrameworkCode is null ? null : FreeText.Trimmed(areaCode);
        Priority = priority;
        SuccessMeasure = FreeText.Trimmed(successMeasure);
        ByWhen = byWhen;
        Version++;
    }

    /// Replaces the steps with the ones given, in order; blank rows are the caller's to drop.
    public void PlanSteps(IEnumerable<(string Text, string? Owner, DateOnly? DueOn, bool Done)> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Steps.Clear();
        var position = 0;
        foreach (var (text, owner, dueOn, done) in steps)
            Steps.Add(new PlanStep(this, text, FreeText.Trimmed(owner), dueOn, done, position++));
        Version++;
    }

    public GoalNote AddNote(GoalNoteKind kind, string text, string by, DateTimeOffset at)
    {
        var note = new GoalNote(this, kind, text, by, at);
        Notes.Add(note);
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
        if (status == GoalStatus.Dropped && string.IsNullOrWhiteSpace(droppedReason))
            throw new InvalidOperationException("Say why the goal is dropped.");
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
        ImpactDifference = FreeText.Trimmed(difference);
        ImpactChildren = FreeText.Trimmed(children);
        ImpactEvidence = FreeText.Trimmed(evidence);
        Version++;
    }

    public IReadOnlyList<SmartWarning> Flags(DateOnly today) => SmartCheck.Flags(this, today);

    /// The next date the plan is working to: the earliest open step's, else the goal's own.
    public DateOnly? NextDate => Steps.Where(s => !s.Done && s.DueOn is not null).Min(s => s.DueOn) ?? ByWhen;
}

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
}

/// Where a goal came from; None for one the setting wrote itself.
public sealed record GoalSource(GoalSourceKind Kind, int? Id, string? Text)
{
    public static GoalSource Own { get; } = new(GoalSourceKind.None, null, null);
}
