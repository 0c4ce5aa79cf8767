using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments;

/// Answers as people give them on the sheet: what each item takes, the message naming the item when it does not,
/// what finishing needs and the total it keeps, and how two observers' answers compare.
public sealed class AuditAnsweringTests
{
    private static readonly InstrumentDefinition Rating = new("rating", "A rating scale", "1", "1", InstrumentLevel.Room, ScoringRule.EnvironmentRating,
        new ResponseScale(1, 7, [new(1, "Inadequate"), new(5, "Good")]), "", "", "", true, [],
        [
            new("first", "First subscale", [new("1", "Indoor space", "", false, []), new("2", "Furnishings", "", true, [])]),
            new("second", "Second subscale", [new("3", "Room arrangement", "", false, [])]),
        ]);

    private static readonly InstrumentDefinition Checklist = new("checks", "A checklist", "1", "1", InstrumentLevel.Setting, ScoringRule.Checklist,
        ResponseScale.None, "", "", "", false, [],
        [new("all", "All", [new("1", "A policy", "", false, []), new("2", "A key person", "", true, []), new("3", "Records", "", false, []), new("4", "Training", "", false, [])])]);

    [Theory]
    [InlineData("5", 5)]
    [InlineData(" 7 ", 7)]
    [InlineData("1", 1)]
    public void Parse_TakesAScoreOnTheScale(string token, int score)
    {
        var answer = ItemAnswer.Parse(Rating, Rating.Item("1")!, token, out var error);
        Assert.Null(error);
        Assert.Equal(score, answer!.Value.Score);
        Assert.Equal(Rating.Scale.Describe(score), answer.Value.Describe(Rating));
    }

    [Theory]
    [InlineData("8")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("4.5")]
    [InlineData("met")]
    public void Parse_RefusesAScoreOutsideTheScale_NamingTheItem(string token)
    {
        Assert.Null(ItemAnswer.Parse(Rating, Rating.Item("3")!, token, out var error));
        Assert.Equal("Item 3, Room arrangement: the score must be a whole number from 1 to 7", error);
    }

    [Fact]
    public void Parse_TakesNotApplicableOnlyWhereTheItemAllowsIt()
    {
        Assert.Null(ItemAnswer.Parse(Rating, Rating.Item("1")!, "na", out var error));
        Assert.Equal("Item 1, Indoor space, cannot be not applicable: choose an answer", error);
        Assert.True(ItemAnswer.Parse(Rating, Rating.Item("2")!, "NA", out _)!.Value.NotApplicable);
    }

    [Fact]
    public void Parse_TakesChecklistAnswers_AndNoAnswerAsNothing()
    {
        Assert.Equal(ChecklistAnswer.PartlyMet, ItemAnswer.Parse(Checklist, Checklist.Item("1")!, "partly-met", out _)!.Value.Checklist);
        Assert.False(ItemAnswer.Parse(Checklist, Checklist.Item("1")!, "", out _)!.Value.IsAnswered);
        Assert.Null(ItemAnswer.Parse(Checklist, Checklist.Item("1")!, "5", out var error));
        Assert.Equal("Item 1, A policy: choose met, partly met or not met", error);
    }

    [Fact]
    public void Missing_ListsUnansweredItemsInOrder_AndTotalIsTheMeanOfScoredItems()
    {
        var answers = new Dictionary<string, ItemAnswer> { ["1"] = new(4, null, false), ["2"] = new(null, null, true) };
        Assert.Equal(["3"], AuditScoring.Missing(Rating, answers).Select(i => i.Number));
        answers["3"] = new(5, null, false);
        Assert.Empty(AuditScoring.Missing(Rating, answers));
        // Not applicable is left out: (4 + 5) / 2.
        Assert.Equal(4.50m, AuditScoring.Total(Rating, answers));
    }

    [Fact]
    public void ChecklistTotal_IsThePercentageOfApplicableItemsMet()
    {
        var answers = new Dictionary<string, ItemAnswer>
        {
            ["1"] = new(null, ChecklistAnswer.Met, false),
            ["2"] = new(null, ChecklistAnswer.NotApplicable, true),
            ["3"] = new(null, ChecklistAnswer.PartlyMet, false),
            ["4"] = new(null, ChecklistAnswer.Met, false),
        };
        Assert.Equal(66.67m, AuditScoring.Total(Checklist, answers));
        Assert.Equal("66.67% met", AuditScoring.DescribeTotal(Checklist, 66.67m));
        Assert.Equal("Total 4.50", AuditScoring.DescribeTotal(Rating, 4.5m));
    }

    [Fact]
    public void Agreement_CountsExactAndWithinOne_AndProposesOnlyWhereTheObserversAgree()
    {
        var first = new Dictionary<string, ItemAnswer> { ["1"] = new(4, null, false), ["2"] = new(null, null, true), ["3"] = new(3, null, false) };
        var second = new Dictionary<string, ItemAnswer> { ["1"] = new(5, null, false), ["2"] = new(null, null, true), ["3"] = new(6, null, false) };
        var agreement = ObserverAgreement.Of(Rating, first, second);
        // Items 1 and 3 were scored by both; two "not applicable" answers are the same answer but not a score, so
        // item 2 is not compared (as on the results page and in each observer's history).
        Assert.Equal(2, agreement.Compared);
        Assert.Equal(0, agreement.Exact);
        Assert.Equal(1, agreement.WithinOne);
        Assert.Equal(0, agreement.ExactPercent);
        Assert.Equal(50, agreement.WithinOnePercent);
        // Never an average: 4 and 5 propose nothing, not 4.5 or 5.
        Assert.Null(agreement.Items[0].Proposed);
        Assert.True(agreement.Items[1].Same);
        Assert.True(agreement.Items[1].Proposed!.Value.NotApplicable);
        Assert.Null(agreement.Items[2].Proposed);
    }

    [Fact]
    public void Agreement_OfTwoSheets_IsTheSameFiguresAsAgreementOfTheirScores()
    {
        var first = new Dictionary<string, ItemAnswer> { ["1"] = new(5, null, false), ["2"] = new(3, null, false), ["3"] = new(2, null, false) };
        var second = new Dictionary<string, ItemAnswer> { ["1"] = new(5, null, false), ["2"] = new(null, null, true), ["3"] = new(3, null, false) };
        var agreement = ObserverAgreement.Of(Rating, first, second);
        var figures = Agreement.Of(
            new Dictionary<string, int?> { ["1"] = 5, ["2"] = 3, ["3"] = 2 },
            new Dictionary<string, int?> { ["1"] = 5, ["2"] = null, ["3"] = 3 });
        Assert.Equal(new AgreementFigures(2, 1, 2), figures);
        Assert.Equal(figures, agreement.Figures);
        Assert.Equal((2, 1, 2, 50, 100), (agreement.Compared, agreement.Exact, agreement.WithinOne, agreement.ExactPercent, agreement.WithinOnePercent));
    }

    [Fact]
    public void Agreement_WithNothingComparedHasNoPercentages()
    {
        var agreement = ObserverAgreement.Of(Rating, new Dictionary<string, ItemAnswer>(), new Dictionary<string, ItemAnswer> { ["1"] = new(4, null, false) });
        Assert.Equal(0, agreement.Compared);
        Assert.Null(agreement.ExactPercent);
    }
}
