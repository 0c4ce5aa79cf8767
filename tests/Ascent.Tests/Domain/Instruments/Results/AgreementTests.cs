using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments.Results;

/// Worked examples of exact and within-one agreement between two observers' sheets.
public sealed class AgreementTests
{
    private static Dictionary<string, int?> Sheet(params int?[] scores) =>
        scores.Select((s, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), s)).ToDictionary(x => x.Item1, x => x.s);

    [Fact]
    public void TenItems_SevenTheSame_TwoOneApart_OneThreeApart()
    {
        // Items 1-7 the same; 8 and 9 one apart (5/4, 3/4); 10 three apart (2/5).
        var first = Sheet(1, 2, 3, 4, 5, 6, 7, 5, 3, 2);
        var second = Sheet(1, 2, 3, 4, 5, 6, 7, 4, 4, 5);

        var figures = Agreement.Of(first, second);

        Assert.Equal(new AgreementFigures(10, 7, 9), figures);
        Assert.Equal(70, figures.ExactPercent);
        Assert.Equal(90, figures.WithinOnePercent);
    }

    [Fact]
    public void ItemsEitherLeftUnscored_AreNotCompared()
    {
        // Item 2 not applicable for the first observer, item 3 not answered by the second, item 4 only on the first.
        var first = Sheet(4, null, 6, 7);
        var second = new Dictionary<string, int?> { ["1"] = 5, ["2"] = 3, ["3"] = null };

        var figures = Agreement.Of(first, second);

        Assert.Equal(new AgreementFigures(1, 0, 1), figures);
        Assert.Equal(0, figures.ExactPercent);
        Assert.Equal(100, figures.WithinOnePercent);
    }

    [Fact]
    public void NothingCompared_HasNoPercentages()
    {
        var figures = Agreement.Of(Sheet(null, null), Sheet(3, 4));
        Assert.Equal(0, figures.Compared);
        Assert.Null(figures.ExactPercent);
        Assert.Null(figures.WithinOnePercent);
    }

    [Fact]
    public void Percentages_RoundHalvesUp_ToWholeNumbers()
    {
        // 2 of 3 exact = 66.67% -> 67; 1 of 8 = 12.5% -> 13.
        Assert.Equal(67, new AgreementFigures(3, 2, 3).ExactPercent);
        Assert.Equal(13, new AgreementFigures(8, 1, 8).ExactPercent);
    }

    [Fact]
    public void RunningFigures_AddTheCounts_NotThePercentages()
    {
        // 9 of 10 (90%) then 1 of 2 (50%): 10 of 12 = 83%, not the 70% a mean of percentages would give.
        var running = new AgreementFigures(10, 9, 10) + new AgreementFigures(2, 1, 2);
        Assert.Equal(new AgreementFigures(12, 10, 12), running);
        Assert.Equal(83, running.ExactPercent);
        Assert.Equal(running, AgreementFigures.None.Add(running));
    }
}
