using Ascent.Web.Domain.Charts;

namespace Ascent.Tests.Domain.Charts;

/// The controls: a baseline freezes the centre line and limits, an excluded point stays on the chart but out of the
/// computations, and each phase has its own centre line, limits and run rules. Then the plain-English summary.
public sealed class ChartCalculatorTests
{
    [Fact]
    public void Baseline_FreezesTheMedian_AtItsPoints()
    {
        decimal[] values = [1, 2, 3, 4, 5, 10, 11, 12];
        var chart = ChartCalculator.Calculate(Series(values), new ChartOptions(ChartKind.Run, BaselinePoints: 5));

        var phase = Assert.Single(chart.Phases);
        Assert.Equal(3m, phase.Centre);
        Assert.True(phase.Frozen);
        Assert.Equal(5, phase.BaselineUsed);
        Assert.Equal([true, true, true, true, true, false, false, false], chart.Points.Select(p => p.InBaseline));
        // The runs are counted over every point against the frozen centre: 3 is on it, so 7 are useful.
        Assert.Equal(7, phase.Runs.UsefulObservations);
        Assert.Equal(5, phase.Runs.LongestRun);
    }

    [Fact]
    public void ABaselineLongerThanThePhase_UsesEveryPoint_AndIsNotFrozen()
    {
        var chart = ChartCalculator.Calculate(Series([1, 2, 3]), new ChartOptions(ChartKind.Run, BaselinePoints: 12));
        Assert.False(chart.Phases[0].Frozen);
        Assert.Equal(2m, chart.Phases[0].Centre);
    }

    [Fact]
    public void IChart_Baseline_FreezesMeanAndLimits()
    {
        decimal[] values = [10, 12, 10, 12, 30, 31];
        var chart = ChartCalculator.Calculate(Series(values), new ChartOptions(ChartKind.I, BaselinePoints: 4));

        // Mean 11, mean moving range 2, σ̂ = 2 / 1.128; the two later points are far above.
        Assert.Equal(11m, chart.Phases[0].Centre);
        Assert.Equal(Math.Round(11 + (3 * 2 / 1.128m), 4), Math.Round(chart.Points[5].Upper!.Value, 4));
        Assert.Equal([false, false, false, false, true, true], chart.Points.Select(p => p.Outside));
    }

    [Fact]
    public void AnExcludedPoint_StaysOnTheChart_ButOutOfTheCentreAndTheRuns()
    {
        decimal[] values = [1, 2, 100, 3];
        var excluded = new Dictionary<DateOnly, string> { [Day(2)] = "Half the children were on a trip" };
        var chart = ChartCalculator.Calculate(Series(values), new ChartOptions(ChartKind.Run, Exclusions: excluded));

        Assert.Equal(4, chart.Points.Count);
        Assert.Equal("Half the children were on a trip", chart.Points[2].ExclusionReason);
        Assert.True(chart.Points[2].Excluded);
        Assert.Equal(2m, chart.Phases[0].Centre); // the median of 1, 2, 3
        Assert.Equal(2, chart.Phases[0].Runs.UsefulObservations); // 1 and 3; 2 is on the median, 100 is left out
    }

    [Fact]
    public void AnExcludedPoint_IsNeverFlaggedOutsideTheLimits()
    {
        int[] counts = [3, 4, 3, 4, 3, 40];
        var exclusions = new Dictionary<DateOnly, string> { [Day(5)] = "Counted twice" };
        var chart = ChartCalculator.Calculate(Series([.. counts.Select(c => (decimal)c)]), new ChartOptions(ChartKind.C, Exclusions: exclusions));
        Assert.Equal(3.4m, chart.Phases[0].Centre);
        Assert.False(chart.Points[5].Outside);
        Assert.Equal(0, chart.Phases[0].OutsideLimits);
    }

    [Fact]
    public void Phases_HaveTheirOwnCentreLimitsAndRuns()
    {
        decimal[] values = [1, 2, 3, 10, 11, 12, 13];
        var chart = ChartCalculator.Calculate(Series(values), new ChartOptions(ChartKind.I, PhaseStarts: [Day(3)]));

        Assert.Equal(2, chart.Phases.Count);
        Assert.Equal(2m, chart.Phases[0].Centre);
        Assert.Equal(11.5m, chart.Phases[1].Centre);
        Assert.Equal(Day(3), chart.Phases[1].From);
        Assert.Equal([1, 1, 1, 2, 2, 2, 2], chart.Points.Select(p => p.Phase));
        // Phase 2's limits come from its own moving ranges (all 1): 11.5 ± 3 / 1.128.
        Assert.Equal(Math.Round(11.5m + (3 / 1.128m), 4), Math.Round(chart.Points[4].Upper!.Value, 4));
    }

    [Fact]
    public void APhaseStartBetweenPoints_StartsAtTheNextPoint()
    {
        var chart = ChartCalculator.Calculate(Series([1, 2, 3, 4]), new ChartOptions(ChartKind.Run, PhaseStarts: [Day(1).AddDays(10)]));
        Assert.Equal([1, 1, 2, 2], chart.Points.Select(p => p.Phase));
    }

    [Fact]
    public void Summary_NamesALongRunAtTheEnd_AsARealChange()
    {
        decimal[] values = [5, 4, 6, 4, 6, 4, 8, 8, 8, 8, 8, 8, 8, 8];
        var chart = ChartCalculator.Calculate(Series(values, "Involvement"), new ChartOptions(ChartKind.Run, BaselinePoints: 6));

        var summary = ChartSummary.Describe(chart);

        Assert.Equal(4.5m, chart.Phases[0].Centre);
        Assert.Contains("Involvement has been above its median for 8 points in a row: an unusually long run (more than 7 would be unusual for 14 points), which suggests a real change, not noise.", summary);
        Assert.Equal("Unusually long run", ChartSummary.Signal(chart.Phases[0]));
    }

    [Fact]
    public void Summary_SaysWhenThereIsNotEnoughData()
    {
        var chart = ChartCalculator.Calculate(Series([1, 2, 3], "Involvement"), new ChartOptions(ChartKind.Run));
        var sentence = Assert.Single(ChartSummary.Describe(chart));
        Assert.Contains("not enough data to judge", sentence, StringComparison.Ordinal);
        Assert.Equal("Not enough data to judge", ChartSummary.Signal(chart.Phases[0]));
    }

    [Fact]
    public void Summary_CallsRandomVariationNoise_AndListsPointsOutsideTheLimits()
    {
        decimal[] values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 30];
        var chart = ChartCalculator.Calculate(Series(values, "Accidents"), new ChartOptions(ChartKind.C, BaselinePoints: 12));

        var summary = ChartSummary.Describe(chart);

        Assert.Contains(summary, s => s.StartsWith("Accidents varies around its mean with no unusually long run", StringComparison.Ordinal) && s.EndsWith("the variation looks like noise, not a real change.", StringComparison.Ordinal));
        Assert.Contains("the value of 1 February 2025 is outside the limits: a point this far from the centre line is unlikely to be noise.", summary);
        Assert.Equal("1 point outside the limits", ChartSummary.Signal(chart.Phases[0]));
    }

    private static MeasureSeries Series(decimal[] values, string name = "The measure") =>
        new("test", name, "", ChartKind.Run, [.. values.Select((v, i) => new SeriesPoint(Day(i), v))]);

    private static DateOnly Day(int index) => new DateOnly(2024, 1, 1).AddMonths(index);
}
