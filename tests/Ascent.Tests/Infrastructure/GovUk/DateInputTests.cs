using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class DateInputTests
{
    [Theory]
    [InlineData("31", "3", "1980", 1980, 3, 31)]
    [InlineData(" 01 ", "02", "2024", 2024, 2, 1)]
    [InlineData("29", "2", "2024", 2024, 2, 29)]
    [InlineData("5", "Jan", "2025", 2025, 1, 5)]
    [InlineData("5", "september", "2025", 2025, 9, 5)]
    public void TryGetDate_WithRealDate_ReturnsIt(string day, string month, string year, int y, int m, int d)
    {
        var input = new DateInput { Day = day, Month = month, Year = year };

        Assert.True(input.TryGetDate(out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31", "2", "2024")]
    [InlineData("29", "2", "2023")]
    [InlineData("0", "1", "2024")]
    [InlineData("1", "13", "2024")]
    [InlineData("1", "1", "24")]
    [InlineData("1", "1", "0999")]
    [InlineData("1", "Ja", "2024")]
    [InlineData("-1", "1", "2024")]
    [InlineData("1.5", "1", "2024")]
    [InlineData("", "1", "2024")]
    [InlineData(null, null, null)]
    public void TryGetDate_WithInvalidParts_ReturnsFalse(string? day, string? month, string? year)
    {
        var input = new DateInput { Day = day, Month = month, Year = year };

        Assert.False(input.TryGetDate(out _));
    }

    [Fact]
    public void From_WithDate_FillsPartsWithoutLeadingZeros()
    {
        var input = DateInput.From(new DateOnly(2007, 3, 9));

        Assert.Equal(("9", "3", "2007"), (input.Day, input.Month, input.Year));
        Assert.False(input.IsEmpty);
    }

    [Fact]
    public void From_WithNull_IsEmpty()
    {
        Assert.True(DateInput.From(null).IsEmpty);
        Assert.True(new DateInput { Day = " ", Month = "", Year = null }.IsEmpty);
    }
}
