using Ascent.Web.Domain.Offer;

namespace Ascent.Tests.Domain.Offer;

public sealed class WaitingListTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WhoMovesUp_TakesTheListInOrder_SkippingASettingAtItsLimit()
    {
        WaitingPlace[] waiting = [new(3, 1, At.AddMinutes(2)), new(1, 2, At), new(2, 2, At.AddMinutes(1)), new(4, 3, At.AddMinutes(3))];
        var held = new Dictionary<int, int> { [2] = 1 };

        // Setting 2 holds 1 of its 2: its first waiting person moves up, its second would pass the limit.
        Assert.Equal([1, 3], WaitingList.WhoMovesUp(waiting, held, limitPerSetting: 2, freePlaces: 2));
        Assert.Equal([1, 3, 4], WaitingList.WhoMovesUp(waiting, held, limitPerSetting: 2, freePlaces: 5));
        Assert.Empty(WaitingList.WhoMovesUp(waiting, held, limitPerSetting: 2, freePlaces: 0));
    }

    [Fact]
    public void SamePerson_IsTheSameEmail_OrTheSameNameWhenEitherHasNone()
    {
        Assert.True(WaitingList.SamePerson("Sam Lee", "sam@a.test", "Samuel Lee", "SAM@a.test"));
        Assert.False(WaitingList.SamePerson("Sam Lee", "sam@a.test", "Sam Lee", "other@a.test"));
        Assert.True(WaitingList.SamePerson("Sam Lee", null, " sam lee ", "sam@a.test"));
        Assert.False(WaitingList.SamePerson("Sam Lee", null, "Jo Clarke", null));
    }

    [Theory]
    [InlineData(13, 9500)]
    [InlineData(14, 0)]
    [InlineData(15, 0)]
    public void Cancellation_IsFreeFromFourteenDaysBefore(int daysBefore, int pence)
    {
        var terms = new OfferTerms("Test terms", 2, [], new CancellationTerms(14, 100, true, true), [new NoShowBand(3, 2500)], 7500, true, 7);

        Assert.Equal(pence, terms.CancellationFor(9500, daysBefore, 6).Pence);
    }
}
