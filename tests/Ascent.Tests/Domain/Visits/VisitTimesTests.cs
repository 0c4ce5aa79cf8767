using Ascent.Web.Domain.Visits;

namespace Ascent.Tests.Domain.Visits;

public sealed class VisitTimesTests
{
    [Theory]
    [InlineData("10am", 10, 0)]
    [InlineData("10:30am", 10, 30)]
    [InlineData("2.30 pm", 14, 30)]
    [InlineData("12pm", 12, 0)]
    [InlineData("12am", 0, 0)]
    [InlineData("14:30", 14, 30)]
    [InlineData(" 9 ", 9, 0)]
    public void ParseStartTime_ReadsTheWaysPeopleWriteATime(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), VisitTimes.ParseStartTime(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("noon")]
    [InlineData("13pm")]
    [InlineData("0am")]
    [InlineData("24:00")]
    [InlineData("10:60")]
    public void ParseStartTime_RefusesWhatIsNotATime(string? text) =>
        Assert.Null(VisitTimes.ParseStartTime(text));

    [Theory]
    [InlineData(2025, 11, 23, true)]
    [InlineData(2025, 11, 22, false)]
    [InlineData(2028, 11, 23, true)]
    [InlineData(2028, 11, 24, false)]
    public void IsWithinPlanningWindow_IsAYearBackToTwoYearsAhead(int year, int month, int day, bool within) =>
        Assert.Equal(within, VisitTimes.IsWithinPlanningWindow(new DateOnly(year, month, day), new DateOnly(2026, 11, 23)));
}
