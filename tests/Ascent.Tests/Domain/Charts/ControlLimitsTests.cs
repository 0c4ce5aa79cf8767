using Ascent.Web.Domain.Charts;

namespace Ascent.Tests.Domain.Charts;

/// Control limits against published textbook examples, to 4 decimal places: D. C. Montgomery, Introduction to
/// Statistical Quality Control (Wiley, 6th edition and later). Every expected value was computed again independently
/// with Python from the same data before being written here.
public sealed class ControlLimitsTests
{
    [Fact]
    public void PChart_OrangeJuiceCans_Table7_1_First30SamplesOf50()
    {
        // Montgomery, Example 7.1 / Table 7.1: nonconforming cans in 30 samples of n = 50. Text: p̄ = 0.2313,
        // UCL = 0.4102, LCL = 0.0524; samples 15 and 23 are above the upper limit.
        int[] nonconforming = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6];
        var series = Series([.. nonconforming.Select(d => new SeriesPoint(Day(0), d / 50m, d, 50))]);

        var chart = ChartCalculator.Calculate(series, new ChartOptions(ChartKind.P));

        Assert.Null(chart.Problem);
        var phase = Assert.Single(chart.Phases);
        Assert.Equal(0.2313m, Round(phase.Centre));
        Assert.All(chart.Points, p => Assert.Equal(0.4102m, Round(p.Upper)));
        Assert.All(chart.Points, p => Assert.Equal(0.0524m, Round(p.Lower)));
        Assert.Equal([15, 23], Outside(chart));
    }

    [Fact]
    public void PChart_LimitsFollowEachPointsOwnDenominator_AndAreClippedToZeroAndOne()
    {
        var points = new[] { (1, 2), (2, 2), (2, 40), (20, 40) };
        var series = Series([.. points.Select((p, i) => new SeriesPoint(Day(i), (decimal)p.Item1 / p.Item2, p.Item1, p.Item2))]);

        var chart = ChartCalculator.Calculate(series, new ChartOptions(ChartKind.P));

        // p̄ = 25 / 84; with n = 2 the limits pass 0 and 1 and are clipped; with n = 40 they are not.
        var centre = 25m / 84m;
        Assert.Equal(Round(centre), Round(chart.Phases[0].Centre));
        Assert.Equal(0m, chart.Points[0].Lower);
        Assert.Equal(1m, chart.Points[0].Upper);
        var spread = 3 * Math.Sqrt((double)(centre * (1 - centre) / 40));
        Assert.Equal(Math.Round((double)centre + spread, 4), (double)Round(chart.Points[2].Upper)!.Value);
        Assert.Equal(Math.Round((double)centre - spread, 4), (double)Round(chart.Points[2].Lower)!.Value);
    }

    [Fact]
    public void CChart_PrintedCircuitBoards_Table7_7()
    {
        // Montgomery, Example 7.3 / Table 7.7: nonconformities in 26 samples of 100 boards. Text: c̄ = 19.85,
        // UCL = 33.22, LCL = 6.48; samples 6 and 20 are outside. To 4 places: 19.8462, 33.2109, 6.4814.
        int[] counts = [21, 24, 16, 12, 15, 5, 28, 20, 31, 25, 20, 24, 16, 19, 10, 17, 13, 22, 18, 39, 30, 24, 16, 19, 17, 15];
        var chart = ChartCalculator.Calculate(Series([.. counts.Select((c, i) => new SeriesPoint(Day(i), c))]), new ChartOptions(ChartKind.C));

        Assert.Equal(19.8462m, Round(chart.Phases[0].Centre));
        Assert.Equal(33.2109m, Round(chart.Points[0].Upper));
        Assert.Equal(6.4814m, Round(chart.Points[0].Lower));
        Assert.Equal([6, 20], Outside(chart));
    }

    [Fact]
    public void UChart_PersonalComputers_20SamplesOf5()
    {
        // Montgomery, Example 7.4 (Table 7.12): nonconformities in 20 samples of 5 computers. Text: ū = 1.93,
        // UCL = 3.79, LCL = 0.07. To 4 places: 3.7939 and 0.0661; no point is outside.
        int[] counts = [10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5];
        var chart = ChartCalculator.Calculate(Series([.. counts.Select((c, i) => new SeriesPoint(Day(i), c / 5m, c, 5))]), new ChartOptions(ChartKind.U));

        Assert.Equal(1.93m, Round(chart.Phases[0].Centre));
        Assert.Equal(3.7939m, Round(chart.Points[0].Upper));
        Assert.Equal(0.0661m, Round(chart.Points[0].Lower));
        Assert.Empty(Outside(chart));
    }

    [Fact]
    public void UChart_WithUnequalUnits_HasLimitsPerPoint()
    {
        // Our own example, checked with Python: 14 events in 10 units, 12 in 12, 20 in 8; ū = 46/30.
        var series = Series([new SeriesPoint(Day(0), 1.4m, 14, 10), new SeriesPoint(Day(1), 1m, 12, 12), new SeriesPoint(Day(2), 2.5m, 20, 8)]);
        var chart = ChartCalculator.Calculate(series, new ChartOptions(ChartKind.U));

        Assert.Equal(1.5333m, Round(chart.Phases[0].Centre));
        Assert.Equal(2.7081m, Round(chart.Points[0].Upper));
        Assert.Equal(0.3586m, Round(chart.Points[0].Lower));
        Assert.Equal(2.6057m, Round(chart.Points[1].Upper));
        Assert.Equal(0.4610m, Round(chart.Points[1].Lower));
        Assert.Equal(2.8467m, Round(chart.Points[2].Upper));
        Assert.Equal(0.2199m, Round(chart.Points[2].Lower));
    }

    [Fact]
    public void IChart_MortgageLoanProcessingCosts()
    {
        // Montgomery, Example 6.5 (Table 6.6): 20 weekly mortgage loan processing costs. Text: x̄ = 300.5,
        // MR̄ = 7.79, UCL = 321.22, LCL = 279.78. To 4 places: MR̄ = 7.7895, 321.2167, 279.7833.
        int[] costs = [310, 288, 297, 298, 307, 303, 294, 297, 308, 306, 294, 299, 297, 299, 314, 295, 293, 306, 301, 304];
        var chart = ChartCalculator.Calculate(Series([.. costs.Select((c, i) => new SeriesPoint(Day(i), c))]), new ChartOptions(ChartKind.I));

        Assert.Equal(300.5m, Round(chart.Phases[0].Centre));
        Assert.Equal(321.2167m, Round(chart.Points[0].Upper));
        Assert.Equal(279.7833m, Round(chart.Points[0].Lower));
        Assert.Empty(Outside(chart));
    }

    [Fact]
    public void IChart_LowerLimit_IsNotClippedAtZero()
    {
        var chart = ChartCalculator.Calculate(Series([new SeriesPoint(Day(0), 1), new SeriesPoint(Day(1), 9), new SeriesPoint(Day(2), 1)]), new ChartOptions(ChartKind.I));
        Assert.True(chart.Points[0].Lower < 0);
    }

    [Fact]
    public void ProportionsWithoutDenominators_AreDrawnAsARunChart_AndSaySo()
    {
        var chart = ChartCalculator.Calculate(Series([new SeriesPoint(Day(0), 0.5m), new SeriesPoint(Day(1), 0.4m)]), new ChartOptions(ChartKind.P));
        Assert.Equal(ChartKind.Run, chart.Kind);
        Assert.Contains("numerator and denominator", chart.Problem, StringComparison.Ordinal);
        Assert.Equal(0.45m, chart.Phases[0].Centre);
    }

    internal static MeasureSeries Series(IReadOnlyList<SeriesPoint> points) =>
        new("test", "The measure", "", ChartKind.Run, [.. points.Select((p, i) => p with { Date = Day(i) })]);

    internal static DateOnly Day(int index) => new DateOnly(2024, 1, 1).AddMonths(index);

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    private static List<int> Outside(Chart chart) => [.. chart.Points.Select((p, i) => (p, i)).Where(x => x.p.Outside).Select(x => x.i + 1)];
}
