using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Definitions;

namespace Ascent.Tests.Domain.Calendar;

public sealed class WorkingDaysTests
{
    private static readonly WorkingDays England = BankHolidays.Load(Path.Combine(AppContext.BaseDirectory, "calendars", "bank-holidays.json")).For("England");

    [Theory]
    [InlineData("2026-11-20", 3, "2026-11-25")] // Friday: the weekend does not count
    [InlineData("2026-11-21", 3, "2026-11-25")] // Saturday: Monday is the first working day
    [InlineData("2026-11-21", 0, "2026-11-23")] // "the same day" at a weekend is Monday
    [InlineData("2026-12-23", 2, "2026-12-29")] // Christmas Day and the Boxing Day substitute skipped
    [InlineData("2027-03-25", 2, "2027-03-31")] // Good Friday and Easter Monday skipped
    [InlineData("2027-12-24", 1, "2027-12-29")] // both substitute days of 2027 skipped
    [InlineData("2026-11-23", 0, "2026-11-23")]
    public void Add_SkipsWeekendsAndBankHolidays(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), England.Add(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void ANationWithoutUkBankHolidays_SkipsWeekendsOnly()
    {
        var australia = BankHolidays.Load(Path.Combine(AppContext.BaseDirectory, "calendars", "bank-holidays.json")).For("Australia");
        Assert.Equal(new DateOnly(2026, 12, 25), australia.Add(new DateOnly(2026, 12, 24), 1));
    }

    [Fact]
    public void ABadBankHolidayFile_IsRefusedWithItsReason()
    {
        var error = Assert.Throws<DefinitionException>(() => BankHolidays.Parse("""{"england-and-wales":{"events":[{"date":"25/12/2026"}]}}""", "bank-holidays.json"));
        Assert.Contains("25/12/2026", error.Message, StringComparison.Ordinal);
        Assert.Throws<DefinitionException>(() => BankHolidays.Parse("{ not json", "bank-holidays.json"));
    }
}
