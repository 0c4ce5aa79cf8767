using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// One annual review or the re-accreditation of an award, scheduled when it is made (SchemeSchedule.From): when it
/// opens and falls due, the reminder sent when it opens, and the coordinator's record of its outcome.
public sealed class AccreditationReview : ISettingOwned
{
    public const int NoteMaxLength = Accreditation.TextMaxLength;

    private AccreditationReview()
    {
        Note = "";
    }

    private AccreditationReview(Accreditation accreditation, ScheduledReview review)
    {
        TenantId = accreditation.TenantId;
        SettingId = accreditation.SettingId;
        AccreditationId = accreditation.Id;
        Accreditation = accreditation;
        Kind = review.Kind;
        Number = review.Number;
        DueOn = review.DueOn;
        OpensOn = review.OpensOn;
        Note = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int AccreditationId { get; private set; }

    public Accreditation Accreditation { get; private set; } = null!;

    public ReviewKind Kind { get; private set; }

    /// 1 and 2 for the annual reviews, 0 for the re-accreditation.
    public int Number { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly OpensOn { get; private set; }

    /// The day the setting and the evaluator were reminded that it opened (once).
    public DateOnly? RemindedOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    /// Null until recorded; true when passed, false when not (the accreditation then lapses).
    public bool? Passed { get; private set; }

    public string Note { get; private set; }

    public string? RecordedBy { get; private set; }

    public int Version { get; private set; }

    public string Label => new ScheduledReview(Kind, Number, DueOn, OpensOn).Label;

    /// The address of its portfolio stage (the portfolio's pages name the stages this way).
    public string Stage => Kind == ReviewKind.Reaccreditation ? "reaccreditation" : $"annual-review-{Number}";

    public static IReadOnlyList<AccreditationReview> Schedule(Accreditation accreditation, SchemeCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        if (accreditation.AwardedOn is not { } awardedOn)
            throw new InvalidOperationException("Reviews are scheduled from an award.");
        return [.. SchemeSchedule.From(cycle, awardedOn).Select(r => new AccreditationReview(accreditation, r))];
    }

    /// Where the review stands on a day: done, overdue, open (its evidence being gathered) or not yet open.
    public ReviewState StateOn(DateOnly today) =>
        DoneOn is not null ? ReviewState.Done : today > DueOn ? ReviewState.Overdue : today >= OpensOn ? ReviewState.Open : ReviewState.Upcoming;

    /// Whether a reminder that it opened is due on this day: open, not done, not yet reminded.
    public bool NeedsReminderOn(DateOnly today) => DoneOn is null && RemindedOn is null && today >= OpensOn;

    public void MarkReminded(DateOnly on)
    {
        if (RemindedOn is not null)
            throw new InvalidOperationException("The reminder for this review has already gone out.");
        RemindedOn = on;
        Version++;
    }

    /// The coordinator records the outcome; a review not passed ends the accreditation as lapsed, with the note as the
    /// reason (the caller ends it: the review only records).
    public void Record(bool passed, string note, DateOnly on, string by)
    {
        if (DoneOn is not null)
            throw new InvalidOperationException($"The outcome of the {Label.ToLowerInvariant()} has already been recorded.");
        if (!passed && string.IsNullOrWhiteSpace(note))
            throw new ArgumentException("Give the reason the review was not passed.", nameof(note));
        Passed = passed;
        Note = note?.Trim() ?? "";
        DoneOn = on;
        RecordedBy = by;
        Version++;
    }
}

public enum ReviewState
{
    Upcoming,
    Open,
    Overdue,
    Done,
}
