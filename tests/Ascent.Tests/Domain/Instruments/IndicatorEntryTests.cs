using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments;

/// Indicators as an observer ticks them: what is refused (naming the item and indicator), and the score the rule
/// derives once enough is answered, with the indicator that decided it.
public sealed class IndicatorEntryTests
{
    private static readonly InstrumentItem Item = new("4", "Space for privacy", "", false,
    [
        new("1.1", 1, 1, false, "No space"),
        new("3.1", 3, 1, false, "Some space"),
        new("3.2", 3, 2, true, "Used by children"),
        new("5.1", 5, 1, false, "Protected"),
        new("7.1", 7, 1, false, "Planned activities"),
    ]);

    [Fact]
    public void Parse_RefusesNotApplicableWhereTheIndicatorDoesNotAllowIt()
    {
        Assert.Null(IndicatorEntry.Parse(Item, new Dictionary<string, string?> { ["3.1"] = "na" }, out var error));
        Assert.Equal("Item 4, Space for privacy: indicator 3.1 cannot be not applicable", error);
        Assert.NotNull(IndicatorEntry.Parse(Item, new Dictionary<string, string?> { ["3.2"] = "na" }, out _));
    }

    [Fact]
    public void Parse_RefusesAnIndicatorTheItemDoesNotHave_AndAnUnknownAnswer()
    {
        Assert.Null(IndicatorEntry.Parse(Item, new Dictionary<string, string?> { ["3.9"] = "yes" }, out var error));
        Assert.Equal("Item 4, Space for privacy: indicator 3.9 is not one of this item's indicators", error);
        Assert.Null(IndicatorEntry.Parse(Item, new Dictionary<string, string?> { ["5.1"] = "maybe" }, out error));
        Assert.Equal("Item 4, Space for privacy: answer indicator 5.1 yes, no", error);
    }

    [Fact]
    public void Score_WaitsForTheDecidingIndicators_ThenSaysWhichDecided()
    {
        var partial = IndicatorEntry.Parse(Item, new Dictionary<string, string?> { ["1.1"] = "no", ["3.1"] = "yes" }, out _)!;
        var waiting = IndicatorEntry.Score(Item, partial);
        Assert.Null(waiting.Score);
        Assert.Equal("indicator 3.2 needs an answer.", waiting.Reason);

        var full = IndicatorEntry.Parse(Item, new Dictionary<string, string?> { ["1.1"] = "no", ["3.1"] = "yes", ["3.2"] = "na", ["5.1"] = "no", ["7.1"] = "" }, out _)!;
        var scored = IndicatorEntry.Score(Item, full);
        Assert.Equal(3, scored.Score);
        Assert.Equal("5.1", scored.DecidedBy);
    }
}
