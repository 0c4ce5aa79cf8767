using Ascent.Web.Services.Visits;

namespace Ascent.Tests.Services.Visits;

public sealed class VisitQueuesTests
{
    [Theory]
    [InlineData("2026-11-23")] // Monday
    [InlineData("2026-11-26")] // Thursday
    [InlineData("2026-11-29")] // Sunday
    public void Fortnight_RunsFromMondayOfThisWeekToSundayOfNext(string today)
    {
        var (from, to) = VisitQueues.Fortnight(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new DateOnly(2026, 11, 23), from);
        Assert.Equal(new DateOnly(2026, 12, 6), to);
    }

    [Fact]
    public void Fortnight_OnTheNextMonday_MovesOnAWeek()
    {
        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 13)), VisitQueues.Fortnight(new DateOnly(2026, 11, 30)));
    }
}
