namespace Ascent.Web.Domain.Complaints;

public enum ComplaintKind
{
    Compliment,
    Complaint,
}

/// Where one stands: received, acknowledged, then answered (closed: only a learning note may follow).
public enum ComplaintStatus
{
    Received,
    Acknowledged,
    Answered,
}

/// How one was answered: a complaint is upheld, partly upheld or not upheld; a compliment is passed on or the person
/// thanked.
public enum ComplaintOutcome
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
    PassedOn,
    Thanked,
}

public static class ComplaintWords
{
    public static string Kind(ComplaintKind kind) => kind == ComplaintKind.Compliment ? "Compliment" : "Complaint";

    public static string Status(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => "Received",
        ComplaintStatus.Acknowledged => "Acknowledged",
        _ => "Answered",
    };

    public static string Outcome(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.Upheld => "Upheld",
        ComplaintOutcome.PartlyUpheld => "Partly upheld",
        ComplaintOutcome.NotUpheld => "Not upheld",
        ComplaintOutcome.PassedOn => "Passed on",
        _ => "Thanked",
    };

    /// The outcomes an answer may give for this kind.
    public static IReadOnlyList<ComplaintOutcome> OutcomesFor(ComplaintKind kind) => kind == ComplaintKind.Complaint
        ? [ComplaintOutcome.Upheld, ComplaintOutcome.PartlyUpheld, ComplaintOutcome.NotUpheld]
        : [ComplaintOutcome.PassedOn, ComplaintOutcome.Thanked];
}
