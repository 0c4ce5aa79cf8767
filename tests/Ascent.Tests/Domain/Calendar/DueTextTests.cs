using System.Globalization;
using Ascent.Web.Domain.Calendar;

namespace Ascent.Tests.Domain.Calendar;

public sealed class DueTextTests
{
    private static readonly WorkingDays England = BankHolidays.Load(Path.Combine(AppContext.BaseDirectory, "calendars", "bank-holidays.json")).For("England");

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-20", "2026-11-23", 1)] // Friday to Monday
    [InlineData("2026-11-23", "2026-11-23", 0)]
    [InlineData("2026-12-24", "2026-12-29", 1)] // Christmas Day and the Boxing Day substitute are not working days
    [InlineData("2026-11-27", "2026-11-23", -4)]
    public void Count_IsWorkingDaysAfterTheFirstUpToTheSecond(string from, string to, int expected) =>
        Assert.Equal(expected, England.Count(Day(from), Day(to)));

    [Theory]
    [InlineData("2026-11-26", "2026-11-23", "due in 3 working days", DueState.Later)]
    [InlineData("2026-11-30", "2026-11-27", "due in 1 working day", DueState.Soon)] // Friday, due Monday
    [InlineData("2026-11-25", "2026-11-23", "due in 2 working days", DueState.Soon)]
    [InlineData("2026-11-23", "2026-11-23", "due today", DueState.Today)]
    [InlineData("2026-11-20", "2026-11-23", "1 working day overdue", DueState.Overdue)] // Friday, seen on Monday
    [InlineData("2026-11-18", "2026-11-23", "3 working days overdue", DueState.Overdue)]
    [InlineData("2026-11-20", "2026-11-21", "overdue", DueState.Overdue)] // seen on the Saturday after
    [InlineData("2026-11-22", "2026-11-21", "due before the next working day", DueState.Soon)]
    [InlineData("2026-12-29", "2026-12-24", "due in 1 working day", DueState.Soon)] // over Christmas
    public void For_SaysHowFarOffTheDeadlineIsInWorkingDays(string due, string today, string text, DueState state) =>
        Assert.Equal((text, state), DueText.For(Day(due), Day(today), England));
}
