namespace Ascent.Web.Domain.Complaints;

/// The steps of working a compliment or complaint, each with its rule. Every step moves Version, so a form opened
/// before another's step is refused.
public sealed partial class Complaint
{
    public DateOnly? AcknowledgedOn { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public string? AnsweredBy { get; private set; }

    public string? Response { get; private set; }

    public ComplaintOutcome? Outcome { get; private set; }

    public string? Theme { get; private set; }

    public string? Learning { get; private set; }

    public DateTimeOffset? SharedAt { get; private set; }

    public string? SharedBy { get; private set; }

    public bool IsShared => SharedAt is not null;

    /// Acknowledged in time: on or before its acknowledge-by date; null until acknowledged.
    public bool? AcknowledgedInTime => AcknowledgedOn is { } on ? on <= AcknowledgeBy : null;

    public bool? AnsweredInTime => AnsweredOn is { } on ? on <= AnswerBy : null;

    public void Acknowledge(DateOnly on, DateOnly today, string by)
    {
        if (Status != ComplaintStatus.Received)
            throw new InvalidOperationException($"This {Noun} is already acknowledged.");
        CheckDay(on, ReceivedOn, today, "the day it was received");
        AcknowledgedOn = on;
        AcknowledgedBy = by;
        Version++;
    }

    public void Answer(DateOnly on, DateOnly today, string response, ComplaintOutcome outcome, string? theme, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(response);
        FreeText.Within(response.Trim(), TextMaxLength);
        FreeText.Within(theme?.Trim(), ComplaintTheme.NameMaxLength);
        if (Status == ComplaintStatus.Received)
            throw new InvalidOperationException($"Acknowledge the {Noun} before answering it.");
        if (Status == ComplaintStatus.Answered)
            throw new InvalidOperationException($"This {Noun} is already answered: only a learning note may be added.");
        if (!ComplaintWords.OutcomesFor(Kind).Contains(outcome))
            throw new InvalidOperationException($"A {Noun} cannot be {ComplaintWords.Outcome(outcome).ToLowerInvariant()}.");
        CheckDay(on, AcknowledgedOn!.Value, today, "the day it was acknowledged");
        AnsweredOn = on;
        AnsweredBy = by;
        Response = response.Trim();
        Outcome = outcome;
        Theme = FreeText.Trimmed(theme);
        Version++;
    }

    /// What the team learnt; may be written or rewritten at any step, the one thing allowed after the answer.
    public void RecordLearning(string learning)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(learning);
        FreeText.Within(learning.Trim(), ShortTextMaxLength);
        Learning = learning.Trim();
        Version++;
    }

    /// Lets the officer it is about read it (a compliment is shared from the start).
    public void ShareWithOfficer(DateTimeOffset at, string by)
    {
        if (OfficerId is null)
            throw new InvalidOperationException($"This {Noun} is about a service, not an officer.");
        if (SharedAt is not null)
            throw new InvalidOperationException($"This {Noun} is already shared with {OfficerName}.");
        SharedAt = at;
        SharedBy = by;
        Version++;
    }

    private string Noun => Kind == ComplaintKind.Compliment ? "compliment" : "complaint";

    private static void CheckDay(DateOnly on, DateOnly notBefore, DateOnly today, string what)
    {
        if (on > today)
            throw new InvalidOperationException("The date cannot be in the future.");
        if (on < notBefore)
            throw new InvalidOperationException($"The date cannot be before {what}.");
    }
}
