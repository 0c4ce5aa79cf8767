namespace Ascent.Web.Domain.QualityMark;

/// Where a requirement of the portfolio stands: nothing yet, some evidence, all of it, or signed off by the evaluator.
public enum RequirementStatus
{
    NotStarted,
    InProgress,
    Done,
    SignedOff,
}

public static class RequirementStatuses
{
    public static string Label(RequirementStatus status) => status switch
    {
        RequirementStatus.NotStarted => "Not started",
        RequirementStatus.InProgress => "In progress",
        RequirementStatus.Done => "Done",
        _ => "Signed off by the evaluator",
    };

    /// The GOV.UK tag colour for the status.
    public static string Colour(RequirementStatus status) => status switch
    {
        RequirementStatus.NotStarted => "grey",
        RequirementStatus.InProgress => "light-blue",
        RequirementStatus.Done => "blue",
        _ => "green",
    };
}
