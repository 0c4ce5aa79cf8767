using Ascent.Web.Domain.Instruments;
using static Ascent.Web.Domain.Instruments.IndicatorAnswer;

namespace Ascent.Tests.Domain.Instruments;

/// Worked examples of the environment rating rule (instruments.md), one item with two indicators at level 1, four at
/// level 3 (3.4 may be not applicable), two at level 5 and two at level 7 (7.2 may be not applicable).
public sealed class EnvironmentRatingRuleTests
{
    private static readonly IReadOnlyList<IndicatorDefinition> Item =
    [
        new("1.1", 1, 1, false, ""), new("1.2", 1, 2, false, ""),
        new("3.1", 3, 1, false, ""), new("3.2", 3, 2, false, ""), new("3.3", 3, 3, false, ""), new("3.4", 3, 4, true, ""),
        new("5.1", 5, 1, false, ""), new("5.2", 5, 2, false, ""),
        new("7.1", 7, 1, false, ""), new("7.2", 7, 2, true, ""),
    ];

    /// Answers written as "1.1=N 3.1=Y 3.4=NA".
    private static IndicatorScore Score(string answers) => EnvironmentRatingRule.Score(Item, answers
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(a => a.Split('='))
        .ToDictionary(a => a[0], a => a[1] switch { "Y" => Yes, "N" => No, _ => NotApplicable }));

    private const string LevelOneNo = "1.1=N 1.2=N ";
    private const string LevelThreeYes = "3.1=Y 3.2=Y 3.3=Y 3.4=Y ";
    private const string LevelFiveYes = "5.1=Y 5.2=Y ";

    [Fact]
    public void AnyLevelOneYes_Scores1_WhateverElseIsAnsweredOrNot()
    {
        var score = Score("1.1=N 1.2=Y " + LevelThreeYes + LevelFiveYes + "7.1=Y 7.2=Y");
        Assert.Equal(new IndicatorScore(1, "1.2", "indicator 1.2 is yes (a level 1 indicator)"), score);

        // One yes settles it: the other level 1 indicator and everything above may be left unanswered.
        Assert.Equal(1, Score("1.2=Y").Score);
    }

    [Fact]
    public void AllLevelOneNo_AndFewerThanHalfAtLevelThree_Scores1()
    {
        var score = Score(LevelOneNo + "3.1=Y 3.2=N 3.3=N 3.4=N");

        Assert.Equal(new IndicatorScore(1, "3.2", "fewer than half of the level 3 indicators are yes (1 of 4)"), score);
    }

    [Fact]
    public void HalfAtLevelThree_Scores2()
    {
        var score = Score(LevelOneNo + "3.1=N 3.2=Y 3.3=Y 3.4=N");

        Assert.Equal(new IndicatorScore(2, "3.1", "2 of 4 level 3 indicators are yes, but not all (3.1 is no)"), score);
    }

    [Fact]
    public void AllAtLevelThree_AndFewerThanHalfAtLevelFive_Scores3()
    {
        var score = Score(LevelOneNo + LevelThreeYes + "5.1=N 5.2=N");

        Assert.Equal(new IndicatorScore(3, "5.1", "fewer than half of the level 5 indicators are yes (0 of 2)"), score);
    }

    [Fact]
    public void AllAtLevelThree_AndHalfAtLevelFive_Scores4()
    {
        var score = Score(LevelOneNo + LevelThreeYes + "5.1=N 5.2=Y");

        Assert.Equal(new IndicatorScore(4, "5.1", "1 of 2 level 5 indicators are yes, but not all (5.1 is no)"), score);
    }

    [Fact]
    public void AllAtLevelFive_AndNoneAtLevelSeven_Scores5()
    {
        Assert.Equal(new IndicatorScore(5, "7.1", "fewer than half of the level 7 indicators are yes (0 of 2)"), Score(LevelOneNo + LevelThreeYes + LevelFiveYes + "7.1=N 7.2=N"));
    }

    [Fact]
    public void AllAtLevelFive_AndHalfAtLevelSeven_Scores6()
    {
        Assert.Equal(new IndicatorScore(6, "7.2", "1 of 2 level 7 indicators are yes, but not all (7.2 is no)"), Score(LevelOneNo + LevelThreeYes + LevelFiveYes + "7.1=Y 7.2=N"));
    }

    [Fact]
    public void AllAtLevelSeven_Scores7_DecidedByTheLastOne()
    {
        Assert.Equal(new IndicatorScore(7, "7.2", "every indicator up to level 7 is yes"), Score(LevelOneNo + LevelThreeYes + LevelFiveYes + "7.1=Y 7.2=Y"));
    }

    [Fact]
    public void NotApplicableIndicators_AreLeftOutOfAllAndHalf()
    {
        // 3.4 not applicable: the other three yes is "all" at level 3.
        Assert.Equal(3, Score(LevelOneNo + "3.1=Y 3.2=Y 3.3=Y 3.4=NA 5.1=N 5.2=N").Score);

        // Two yes of four is half (2); with 3.4 not applicable, one yes of three is not.
        Assert.Equal(2, Score(LevelOneNo + "3.1=Y 3.2=Y 3.3=N 3.4=N").Score);
        var withNotApplicable = Score(LevelOneNo + "3.1=Y 3.2=N 3.3=N 3.4=NA");
        Assert.Equal(1, withNotApplicable.Score);
        Assert.Contains("(1 of 3)", withNotApplicable.Reason, StringComparison.Ordinal);

        // 7.2 not applicable: 7.1 yes is all of level 7.
        Assert.Equal(7, Score(LevelOneNo + LevelThreeYes + LevelFiveYes + "7.1=Y 7.2=NA").Score);
    }

    [Theory]
    [InlineData("1.1=NA 1.2=N", "indicator 1.1 cannot be not applicable.")]
    [InlineData(LevelOneNo + "3.1=Y 3.2=Y 3.3=Y 3.4=Y 5.1=NA 5.2=Y", "indicator 5.1 cannot be not applicable.")]
    [InlineData(LevelOneNo + "3.1=N 3.2=N 3.3=N 3.4=N 5.1=NA", "indicator 5.1 cannot be not applicable.")] // even above the level reached
    public void NotApplicableWhereItIsNotAllowed_CannotBeScored_NamingTheIndicator(string answers, string reason)
    {
        Assert.Equal(IndicatorScore.Cannot(reason), Score(answers));
    }

    [Theory]
    [InlineData("1.1=N", "indicator 1.2 needs an answer.")]
    [InlineData(LevelOneNo + "3.1=Y 3.2=Y 3.4=Y", "indicator 3.3 needs an answer.")]
    [InlineData(LevelOneNo + LevelThreeYes + "5.1=Y", "indicator 5.2 needs an answer.")]
    [InlineData(LevelOneNo + LevelThreeYes + LevelFiveYes, "indicator 7.1 needs an answer.")]
    public void ANeededIndicatorUnanswered_CannotBeScored_NamingIt(string answers, string reason)
    {
        var score = Score(answers);

        Assert.Null(score.Score);
        Assert.Null(score.DecidedBy);
        Assert.Equal(reason, score.Reason);
    }

    [Fact]
    public void IndicatorsAboveTheLevelReached_AreNotNeeded_AndDoNotRaiseTheScore()
    {
        // Fewer than half at level 3: levels 5 and 7 are not needed.
        Assert.Equal(1, Score(LevelOneNo + "3.1=N 3.2=N 3.3=N 3.4=Y").Score);

        // Half at level 3 (2) stays 2 although everything at levels 5 and 7 is yes.
        var score = Score(LevelOneNo + "3.1=Y 3.2=Y 3.3=N 3.4=N " + LevelFiveYes + "7.1=Y 7.2=Y");
        Assert.Equal(new IndicatorScore(2, "3.3", "2 of 4 level 3 indicators are yes, but not all (3.3 is no)"), score);
    }

    [Fact]
    public void AnAnswerForAnIndicatorTheItemDoesNotHave_CannotBeScored()
    {
        Assert.Equal(IndicatorScore.Cannot("indicator 5.3 is not one of this item's indicators."), Score(LevelOneNo + LevelThreeYes + "5.3=Y"));
    }
}
