using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments;

public sealed class ScoreMeansTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 2 }, "1.67")]
    [InlineData(new[] { 5, 6 }, "5.5")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 2 }, "1.13")] // 1.125: halves away from zero
    [InlineData(new[] { 7 }, "7")]
    public void Mean_IsToTwoDecimalPlaces(int[] scores, string mean)
    {
        Assert.Equal(decimal.Parse(mean, System.Globalization.CultureInfo.InvariantCulture), ScoreMeans.Mean(scores.Select(s => (int?)s)));
    }

    [Fact]
    public void Mean_LeavesUnscoredItemsOut_AndIsNullWithNone()
    {
        Assert.Equal(3m, ScoreMeans.Mean([2, null, 4, null]));
        Assert.Null(ScoreMeans.Mean([null, null]));
        Assert.Null(ScoreMeans.Mean([]));
    }

    [Fact]
    public void Of_GivesEachSubscaleItsItemsMean_AndTheTotalOfAllScoredItems()
    {
        var instrument = InstrumentLoader.Parse(InstrumentFiles.Rating.Replace(
            "  - code: care", "      - { number: \"3\", name: Light, indicators: [{ code: \"1.1\" }, { code: \"3.1\" }, { code: \"5.1\" }, { code: \"7.1\" }] }\n  - code: care", StringComparison.Ordinal), "test.yaml");

        // Item 2 not applicable (null); item 3 not scored at all.
        var scores = ScoreMeans.Of(instrument, new Dictionary<string, int?> { ["1"] = 4, ["2"] = null });
        Assert.Equal(4m, scores.Subscales["space"]);
        Assert.Null(scores.Subscales["care"]);
        Assert.Equal(4m, scores.Total);

        // The total is the mean of the items, not of the subscales: (3 + 4 + 6) / 3, where the subscales' mean is 4.75.
        var all = ScoreMeans.Of(instrument, new Dictionary<string, int?> { ["1"] = 3, ["3"] = 4, ["2"] = 6 });
        Assert.Equal(3.5m, all.Subscales["space"]);
        Assert.Equal(6m, all.Subscales["care"]);
        Assert.Equal(4.33m, all.Total);
    }
}
