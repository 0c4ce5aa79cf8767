using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

public sealed class SchemeScheduleTests
{
    private static readonly SchemeCycle Kent = new(AccreditationMonths: 12, AnnualReviews: 2, ReaccreditationMonths: 36, ReminderDays: 60);

    [Fact]
    public void AnAward_SchedulesTwoAnnualReviews_ThenReaccreditationInTheThirdYear()
    {
        var schedule = SchemeSchedule.From(Kent, new DateOnly(2026, 7, 15));

        Assert.Equal(
            [
                new ScheduledReview(ReviewKind.AnnualReview, 1, new DateOnly(2027, 7, 15), new DateOnly(2027, 5, 16)),
                new ScheduledReview(ReviewKind.AnnualReview, 2, new DateOnly(2028, 7, 15), new DateOnly(2028, 5, 16)),
                new ScheduledReview(ReviewKind.Reaccreditation, 0, new DateOnly(2029, 7, 15), new DateOnly(2029, 5, 16)),
            ],
            schedule);
        Assert.Equal(["First annual review", "Second annual review", "Re-accreditation"], schedule.Select(r => r.Label));
    }

    [Fact]
    public void AnAwardOn29February_FallsDueOn28FebruaryInOtherYears()
    {
        var schedule = SchemeSchedule.From(Kent, new DateOnly(2028, 2, 29));

        Assert.Equal(new DateOnly(2029, 2, 28), schedule[0].DueOn);
        Assert.Equal(new DateOnly(2032, 2, 29), SchemeSchedule.From(Kent with { AnnualReviews = 0, ReaccreditationMonths = 48 }, new DateOnly(2028, 2, 29)).Single().DueOn);
    }

    [Fact]
    public void AScheme_WithoutAnnualReviews_HasOnlyReaccreditation()
    {
        var schedule = SchemeSchedule.From(Kent with { AnnualReviews = 0, ReaccreditationMonths = 24, ReminderDays = 30 }, new DateOnly(2026, 1, 10));

        var only = Assert.Single(schedule);
        Assert.Equal((ReviewKind.Reaccreditation, new DateOnly(2028, 1, 10), new DateOnly(2027, 12, 11)), (only.Kind, only.DueOn, only.OpensOn));
    }

    [Fact]
    public void TheDecision_FallsDueAtTheEndOfTheAccreditationYear() =>
        Assert.Equal(new DateOnly(2027, 9, 1), SchemeSchedule.DecisionDue(Kent, new DateOnly(2026, 9, 1)));
}
