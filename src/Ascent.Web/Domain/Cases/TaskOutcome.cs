namespace Ascent.Web.Domain.Cases;

/// What a task records beyond being done or cancelled. Stored by its code (TaskOutcomes), which is also what forms send.
public enum TaskOutcome
{
    /// A monitoring visit found the setting improving as planned.
    Sufficient = 1,

    /// A monitoring visit found too little improvement: the pathway's escalation opens.
    Insufficient = 2,

    /// The setting cancelled the visit; counted against the pathway's cancellations-per-term rule.
    CancelledBySetting = 3,
}

public static class TaskOutcomes
{
    public const string Sufficient = "sufficient";
    public const string Insufficient = "insufficient";
    public const string CancelledBySetting = "cancelled-by-setting";

    /// The outcomes a monitoring visit records as its progress.
    public static IReadOnlyList<TaskOutcome> Progress { get; } = [TaskOutcome.Sufficient, TaskOutcome.Insufficient];

    public static string Code(this TaskOutcome outcome) => outcome switch
    {
        TaskOutcome.Sufficient => Sufficient,
        TaskOutcome.Insufficient => Insufficient,
        TaskOutcome.CancelledBySetting => CancelledBySetting,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a task outcome."),
    };

    /// Null for no code or one that is not an outcome.
    public static TaskOutcome? Parse(string? code) => code switch
    {
        Sufficient => TaskOutcome.Sufficient,
        Insufficient => TaskOutcome.Insufficient,
        CancelledBySetting => TaskOutcome.CancelledBySetting,
        _ => null,
    };

    /// A monitoring visit's progress as the form sends it; null for anything else.
    public static TaskOutcome? ParseProgress(string? code) => Parse(code) is { } outcome && Progress.Contains(outcome) ? outcome : null;
}
