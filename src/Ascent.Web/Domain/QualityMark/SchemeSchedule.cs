namespace Ascent.Web.Domain.QualityMark;

/// When an accreditation's annual reviews and re-accreditation fall due, counted from the award date, and when each
/// opens (a set number of days before it is due, so the setting has time to gather its evidence).
public static class SchemeSchedule
{
    public static IReadOnlyList<ScheduledReview> From(SchemeCycle cycle, DateOnly awardedOn)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var reviews = new List<ScheduledReview>();
        for (var year = 1; year <= cycle.AnnualReviews; year++)
            reviews.Add(Due(ReviewKind.AnnualReview, year, awardedOn.AddYears(year), cycle.ReminderDays));
        reviews.Add(Due(ReviewKind.Reaccreditation, 0, awardedOn.AddMonths(cycle.ReaccreditationMonths), cycle.ReminderDays));
        return reviews;
    }

    /// The end of the accreditation year for a cohort that starts on a date: the panel should decide by then.
    public static DateOnly DecisionDue(SchemeCycle cycle, DateOnly cohortStartsOn)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return cohortStartsOn.AddMonths(cycle.AccreditationMonths);
    }

    private static ScheduledReview Due(ReviewKind kind, int number, DateOnly due, int reminderDays) =>
        new(kind, number, due, due.AddDays(-reminderDays));
}

public enum ReviewKind
{
    AnnualReview,
    Reaccreditation,
}

/// One review of an accreditation: the first or second annual review (Number 1, 2) or the re-accreditation (0).
public sealed record ScheduledReview(ReviewKind Kind, int Number, DateOnly DueOn, DateOnly OpensOn)
{
    public string Label => Kind == ReviewKind.Reaccreditation ? "Re-accreditation" : Number == 1 ? "First annual review" : Number == 2 ? "Second annual review" : $"Annual review {Number}";
}
