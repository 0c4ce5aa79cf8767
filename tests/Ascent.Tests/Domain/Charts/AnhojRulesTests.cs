using Ascent.Web.Domain.Charts;

namespace Ascent.Tests.Domain.Charts;

/// The Anhøj rules' critical values and what they find on hand-made series. The table is the one in
/// Anhøj and Olesen, "Run charts revisited", PLoS ONE 2014 (doi:10.1371/journal.pone.0113825), as quoted in the
/// instruments notes; the values were checked independently with Python (math.comb, round(log2(n) + 3)).
public sealed class AnhojRulesTests
{
    [Theory]
    [InlineData(10, 6, 2)]
    [InlineData(12, 7, 3)]
    [InlineData(14, 7, 4)]
    [InlineData(16, 7, 4)]
    [InlineData(18, 7, 5)]
    [InlineData(20, 7, 6)]
    [InlineData(22, 7, 7)]
    [InlineData(24, 8, 8)]
    [InlineData(26, 8, 8)]
    [InlineData(28, 8, 9)]
    [InlineData(30, 8, 10)]
    [InlineData(40, 8, 14)]
    [InlineData(50, 9, 19)]
    [InlineData(60, 9, 23)]
    [InlineData(80, 9, 32)]
    [InlineData(100, 10, 41)]
    public void CriticalValues_AreThePublishedOnes(int useful, int longestRunMax, int crossingsMin)
    {
        Assert.Equal(longestRunMax, AnhojRules.LongestRunLimit(useful));
        Assert.Equal(crossingsMin, AnhojRules.CrossingsLimit(useful));
    }

    [Fact]
    public void CrossingsLimit_IsTheExactFifthPercentile_ForEveryLength()
    {
        // For each n, P(X ≤ limit − 1) < 0.05 ≤ P(X ≤ limit) with X ~ Binomial(n − 1, 1/2), in exact fractions.
        for (var n = 2; n <= 300; n++)
        {
            var limit = AnhojRules.CrossingsLimit(n);
            var m = n - 1;
            var all = System.Numerics.BigInteger.Pow(2, m);
            System.Numerics.BigInteger Cumulative(int x)
            {
                System.Numerics.BigInteger sum = 0, term = 1;
                for (var k = 0; k <= x; k++)
                {
                    sum += term;
                    term = term * (m - k) / (k + 1);
                }

                return sum;
            }

            Assert.True(Cumulative(limit) * 20 >= all, $"n = {n}");
            Assert.True(limit == 0 || Cumulative(limit - 1) * 20 < all, $"n = {n}");
        }
    }

    [Fact]
    public void Analyse_CountsRunsAndCrossings_AndSkipsPointsOnTheMedian()
    {
        // Centre 5: above, above, ON, above, below, below, ON, below, above.
        var values = new decimal[] { 6, 7, 5, 8, 4, 3, 5, 2, 9 };
        var runs = AnhojRules.Analyse(Dated(values), 5m);

        Assert.Equal(7, runs.UsefulObservations);
        Assert.Equal(3, runs.LongestRun); // 6, 7, 8: the point on the median neither breaks nor extends the run
        Assert.Equal(RunSide.Above, runs.LongestRunSide);
        Assert.Equal(2, runs.Crossings); // 8 → 4 and 2 → 9
        Assert.Equal(new DateOnly(2025, 1, 1), runs.LongestRunFrom);
        Assert.Equal(new DateOnly(2025, 4, 1), runs.LongestRunTo);
        Assert.False(runs.EnoughData);
        Assert.False(runs.Signal);
    }

    [Fact]
    public void ALongRunAtTheEnd_Signals()
    {
        // 12 useful points: the limit is 7, so a run of 9 below the centre at the end is unusual.
        var values = new decimal[] { 10, 1, 10, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
        var runs = AnhojRules.Analyse(Dated(values), 5m);

        Assert.Equal(12, runs.UsefulObservations);
        Assert.Equal(9, runs.LongestRun);
        Assert.Equal(RunSide.Below, runs.LongestRunSide);
        Assert.True(runs.LongestRunIsLatest);
        Assert.Equal(3, runs.Crossings);
        Assert.True(runs.UnusuallyLongRun);
        Assert.False(runs.UnusuallyFewCrossings); // 3 crossings is not fewer than 3
        Assert.True(runs.Signal);
    }

    [Fact]
    public void FewCrossings_Signal_WithoutALongRun()
    {
        // 10 useful points, runs of 5 and 5: longest 5 is within 6, but 1 crossing is fewer than 2.
        var values = new decimal[] { 6, 7, 8, 6, 7, 1, 2, 3, 2, 1 };
        var runs = AnhojRules.Analyse(Dated(values), 5m);

        Assert.Equal(5, runs.LongestRun);
        Assert.Equal(1, runs.Crossings);
        Assert.False(runs.UnusuallyLongRun);
        Assert.True(runs.UnusuallyFewCrossings);
    }

    [Fact]
    public void AlternatingPoints_AreNoise()
    {
        var values = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 6m : 4m).ToArray();
        var runs = AnhojRules.Analyse(Dated(values), 5m);

        Assert.Equal(1, runs.LongestRun);
        Assert.Equal(19, runs.Crossings);
        Assert.True(runs.EnoughData);
        Assert.False(runs.Signal);
    }

    [Fact]
    public void NinePointsOffTheMedian_AreNotEnoughToJudge_EvenWithAnExtremeRun()
    {
        var values = new decimal[] { 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5 };
        var runs = AnhojRules.Analyse(Dated(values), 5m);

        Assert.Equal(9, runs.UsefulObservations);
        Assert.Equal(9, runs.LongestRun);
        Assert.False(runs.EnoughData);
        Assert.False(runs.UnusuallyLongRun);
        Assert.False(runs.Signal);
    }

    [Fact]
    public void EveryPointOnTheMedian_HasNoRuns()
    {
        var runs = AnhojRules.Analyse(Dated([3, 3, 3]), 3m);
        Assert.Equal(0, runs.UsefulObservations);
        Assert.Equal(0, runs.LongestRun);
        Assert.Null(runs.LongestRunSide);
    }

    internal static List<(DateOnly Date, decimal Value)> Dated(decimal[] values) =>
        [.. values.Select((v, i) => (new DateOnly(2025, 1, 1).AddMonths(i), v))];
}
