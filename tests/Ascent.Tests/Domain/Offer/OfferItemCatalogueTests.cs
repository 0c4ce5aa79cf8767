using Ascent.Web.Domain.Offer;
using Ascent.Web.Pages.Offer.Items;

namespace Ascent.Tests.Domain.Offer;

/// What the catalogue asks of an item: why a draft cannot be published yet, withdrawing with a reason, and a price
/// typed in pounds read as whole pence.
public sealed class OfferItemCatalogueTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static OfferItem Course(int? capacity = 16) => new(1, OfferKind.Course,
        new OfferDetails("Leading", "Two mornings.", "Managers", null, OfferDelivery.InPerson, null, capacity, 2, 9500, null), "Ada", Now);

    [Fact]
    public void WhyNotPublishable_NamesAMissingSession_AMissingCapacity_AndAFirstSessionThatHasPassed()
    {
        var course = Course();
        Assert.Equal("Add at least one session before the course is published", course.WhyNotPublishable(Today));
        course.AddSession(Today.AddDays(-1), new TimeOnly(9, 0), new TimeOnly(12, 0), null);
        Assert.Equal("The first session has passed: change the sessions before the course is published", course.WhyNotPublishable(Today));
        course.RemoveSession(course.Sessions[0]);
        course.AddSession(Today, new TimeOnly(9, 0), new TimeOnly(12, 0), null);
        Assert.Null(course.WhyNotPublishable(Today));

        var noPlaces = Course(null);
        noPlaces.AddSession(Today.AddDays(3), new TimeOnly(9, 0), new TimeOnly(12, 0), null);
        Assert.Equal("Enter the number of places before the course is published", noPlaces.WhyNotPublishable(Today));

        var service = new OfferItem(1, OfferKind.Service, new OfferDetails("Chat", "A talk.", "Managers", null, OfferDelivery.Online, null, null, null, 0, null), "Ada", Now);
        Assert.Null(service.WhyNotPublishable(Today));
    }

    [Fact]
    public void Withdraw_KeepsTheReason_MovesTheVersion_AndNeedsAPublishedItemAndAReason()
    {
        var course = Course();
        Assert.Throws<InvalidOperationException>(() => course.Withdraw("No trainer", "Ada", Now));
        course.AddSession(Today.AddDays(3), new TimeOnly(9, 0), new TimeOnly(12, 0), null);
        course.Publish("Ada", Now);
        Assert.Throws<ArgumentException>(() => course.Withdraw("  ", "Ada", Now));
        var version = course.Version;
        course.Withdraw(" No trainer ", "Ada", Now);
        Assert.Equal((OfferStatus.Withdrawn, "No trainer", "Ada", Now), (course.Status, course.WithdrawnReason, course.WithdrawnBy, course.WithdrawnAt));
        Assert.True(course.Version > version);
        Assert.Equal("Only a draft is published", course.WhyNotPublishable(Today));
    }

    [Theory]
    [InlineData("95", 9500)]
    [InlineData("95.00", 9500)]
    [InlineData("£1,250.50", 125050)]
    [InlineData("0", 0)]
    [InlineData("100000", 10_000_000)]
    public void ParsePence_ReadsPoundsAndPence(string typed, int pence) => Assert.Equal((pence, null), ItemFormPage.ParsePence(typed));

    [Theory]
    [InlineData("95.5.0", "Enter the price in pounds and pence, like 95 or 95.00")]
    [InlineData("95.5", "Enter the price in pounds and pence, like 95 or 95.00")]
    [InlineData("ninety", "Enter the price in pounds and pence, like 95 or 95.00")]
    [InlineData("-1", "The price must be 0 or more")]
    [InlineData("100000.01", "The price must be £100,000 or less")]
    [InlineData("99999999999", "The price must be £100,000 or less")]
    [InlineData("", "Enter the price, or 0 if it is free")]
    public void ParsePence_RefusesWithAGovUkMessage(string typed, string error) => Assert.Equal((null, error), ItemFormPage.ParsePence(typed));
}
