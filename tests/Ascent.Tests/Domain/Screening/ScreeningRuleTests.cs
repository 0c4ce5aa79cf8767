using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Screening;

namespace Ascent.Tests.Domain.Screening;

public sealed class ScreeningRuleTests
{
    [Fact]
    public void Summary_CountsEachScaleSeparately_AndNeverAddsThem()
    {
        var summary = ScreeningSummary.Of([(1, 5), (3, 3), (4, 5), (5, 4)]);
        Assert.Equal(4, summary.Screened);
        Assert.Equal((1, 1, 2), (summary.Red, summary.Amber, summary.Green));
        Assert.Equal([1, 0, 1, 1, 1], summary.WellBeingCounts);
        Assert.Equal([0, 0, 1, 1, 2], summary.InvolvementCounts);
        Assert.Equal(3.25m, summary.WellBeingMean);
        Assert.Equal(4.25m, summary.InvolvementMean);
        Assert.Equal(25, summary.Percent(summary.Red));
    }

    [Fact]
    public void Summary_MeansAreRoundedToTwoPlaces_AndEmptyHasNone()
    {
        Assert.Equal(3.67m, ScreeningSummary.Of([(3, 3), (4, 4), (4, 4)]).WellBeingMean);
        Assert.Null(ScreeningSummary.Empty.WellBeingMean);
        Assert.Null(ScreeningSummary.Empty.Percent(0));
    }

    [Fact]
    public void Combine_WeighsRoomsByTheirChildren()
    {
        var small = ScreeningSummary.Of([(1, 1)]);
        var large = ScreeningSummary.Of([(5, 5), (5, 5), (5, 5)]);
        var both = ScreeningSummary.Combine([small, large]);
        Assert.Equal(4, both.Screened);
        Assert.Equal(4.00m, both.WellBeingMean);
        Assert.Equal((1, 0, 3), (both.Red, both.Amber, both.Green));
    }

    [Fact]
    public void Grid_ReadsScores_SkipsBlankRows_AndNamesTheChildAndScaleOfEachProblem()
    {
        var good = ScreeningGrid.Read([new(1, "B01", "4", "5"), new(2, "B02", "", " "), new(3, "B03", " 2", "3 ")]);
        Assert.True(good.Ok);
        Assert.Equal([new GridScore(1, 4, 5), new GridScore(3, 2, 3)], good.Scores);

        var bad = ScreeningGrid.Read([new(1, "B01", "6", "5"), new(2, "B02", "x", ""), new(3, "B03", "", "3"), new(4, "B04", "4", "4")]);
        Assert.False(bad.Ok);
        Assert.Empty(bad.Scores);
        Assert.Equal(
            [
                "Well-being for B01 must be a number from 1 to 5",
                "Well-being for B02 must be a number from 1 to 5",
                "Enter involvement for B02 as a number from 1 to 5, or leave well-being blank too",
                "Enter well-being for B03 as a number from 1 to 5, or leave involvement blank too",
            ],
            bad.Problems.Select(p => p.Message));
        Assert.Equal([GridScale.WellBeing, GridScale.WellBeing, GridScale.Involvement, GridScale.WellBeing], bad.Problems.Select(p => p.Scale));
    }

    [Fact]
    public void Grid_RefusesTheSameChildTwice()
    {
        var twice = ScreeningGrid.Read([new(1, "B01", "4", "4"), new(1, "B01", "3", "3")]);
        Assert.Equal("B01 is in the grid twice: a child is screened once a round", Assert.Single(twice.Problems).Message);
        Assert.Empty(twice.Scores);
    }

    [Fact]
    public void ChildList_ReadsCodesAndOptionalNames_OneALine()
    {
        var list = ChildList.Read("b07, Ava\r\n\r\nB08\n  C-1 ,  Sam Smith ", new HashSet<string>());
        Assert.True(list.Ok);
        Assert.Equal([new NewChild("B07", "Ava"), new NewChild("B08", null), new NewChild("C-1", "Sam Smith")], list.Children);
    }

    [Fact]
    public void ChildList_ListsEveryBadLine_AndAddsNothing()
    {
        var list = ChildList.Read("B01\nB01\nB02\n, Nameless\nB 3\nTOOLONGCODE1", new HashSet<string> { "B02" });
        Assert.Empty(list.Children);
        Assert.Equal(
            [
                "Line 2: B01 is listed twice",
                "Line 3: B02 is already a child of this setting",
                "Line 4: enter the child's code before the comma",
                "Line 5: the code ‘B 3’ must use only letters, numbers and hyphens",
                "Line 6: the code ‘TOOLONGCODE1’ must be 10 characters or fewer",
            ],
            list.Problems);
        Assert.Equal(["Enter at least one child's code"], ChildList.Read(" \n ", new HashSet<string>()).Problems);
    }

    [Fact]
    public void Proposal_NamesTheRoundAfterTheTerm_ThenTheNextTerm_ElseTheSeason()
    {
        SchoolTerm[] terms = [new(1, "Autumn 2026", new DateOnly(2026, 9, 2), new DateOnly(2026, 12, 18)), new(1, "Spring 2027", new DateOnly(2027, 1, 5), new DateOnly(2027, 3, 26))];
        var today = new DateOnly(2026, 11, 23);
        Assert.Equal(("Autumn 2026", today), RoundProposal.For(today, terms, []));
        Assert.Equal(("Spring 2027", new DateOnly(2027, 1, 5)), RoundProposal.For(today, terms, ["autumn 2026"]));
        Assert.Equal(("Autumn 2026", today), RoundProposal.For(today, [], []));
        Assert.Equal(("Spring 2027", today), RoundProposal.For(today, [], ["Autumn 2026"]));
        Assert.Equal("Summer 2027", RoundProposal.Season(new DateOnly(2027, 6, 1)));
    }
}
