using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

public sealed class CostReportTests
{
    // The shipped scheme's terms: three half-day visits, £420 a day of seven hours.
    private static readonly EvaluatorTerms Terms = new(3, 3.5m, 42000, 7m, "Two half-day training sessions");

    [Fact]
    public void ADayOfHours_CostsTheDayRate_AndHalfADayHalf()
    {
        Assert.Equal(42000, CostReport.CostOf(7 * 60, Terms));
        Assert.Equal(21000, CostReport.CostOf(210, Terms));
        Assert.Equal(1m, CostReport.Days(420, 7m));
        Assert.Equal(0.5m, CostReport.Days(210, 7m));
    }

    [Fact]
    public void EvaluatorCost_IsRoundedToTheNearestPenny_HalfAPennyUp()
    {
        // 1 minute at £420 for 420 minutes is exactly £1.
        Assert.Equal(100, CostReport.CostOf(1, Terms));
        // At £100 a day of 7 hours, a minute is 23.809… pence: 24; 25 minutes are 595.238…: 595.
        var cheap = Terms with { DayRatePence = 10000 };
        Assert.Equal(24, CostReport.CostOf(1, cheap));
        Assert.Equal(595, CostReport.CostOf(25, cheap));
        // A day rate of 1 penny: 210 minutes are half a penny, rounded up to 1.
        Assert.Equal(1, CostReport.CostOf(210, Terms with { DayRatePence = 1 }));
        // Days to two decimals: 100 minutes of a 7-hour day are 0.238… days.
        Assert.Equal(0.24m, CostReport.Days(100, 7m));
    }

    [Fact]
    public void TheReport_AddsEachSettingsTimeAndOtherCosts_AndTheCohortsOwnCosts()
    {
        var report = CostReport.For(Terms, [("Little Acorns", 630, 5000), ("Oak Tree", 210, 0), ("Willow", 0, 1250)], cohortCosts: 30000);

        Assert.Equal([(63000L, 68000L), (21000L, 21000L), (0L, 1250L)], report.Settings.Select(l => (l.EvaluatorPence, l.TotalPence)));
        Assert.Equal(1.5m, report.Settings[0].EvaluatorDays);
        Assert.Equal(840, report.EvaluatorMinutes);
        Assert.Equal(2m, report.EvaluatorDays);
        Assert.Equal(84000, report.EvaluatorPence);
        Assert.Equal(5000 + 1250 + 30000, report.OtherPence);
        Assert.Equal(84000 + 36250, report.TotalPence);
        Assert.Equal(30000, report.Cohort.TotalPence);
    }

    [Fact]
    public void TheTotal_IsTheSumOfTheRoundedLines_SoTheyAlwaysAgree()
    {
        var cheap = Terms with { DayRatePence = 10000 };
        var report = CostReport.For(cheap, [("A", 1, 0), ("B", 1, 0), ("C", 1, 0)], 0);
        // Each minute is 23.8 pence, 24 on its line; the total is the lines' 72, not 71 from 3 minutes at once.
        Assert.Equal(72, report.EvaluatorPence);
    }

    [Theory]
    [InlineData("12", 1200)]
    [InlineData("12.5", 1250)]
    [InlineData("£1,234.56", 123456)]
    [InlineData(" 0.01 ", 1)]
    public void Pence_ReadsPoundsAndPence(string text, long expected)
    {
        Assert.True(Pence.TryParse(text, out var pence));
        Assert.Equal(expected, pence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12.345")]
    [InlineData("-5")]
    [InlineData("twelve")]
    [InlineData("1e5")]
    public void Pence_RefusesWhatIsNotPoundsAndPence(string text) => Assert.False(Pence.TryParse(text, out _));

    [Fact]
    public void Pence_ShowsPoundsWithTwoDecimals()
    {
        Assert.Equal("£1,234.50", Pence.Format(123450));
        Assert.Equal("£0.05", Pence.Format(5));
        Assert.Equal("1234.50", Pence.Plain(123450));
    }
}
