using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments.Questionnaires;

/// Worked examples of a questionnaire's results (LikertExample has the answers, each figure is worked out by hand).
public sealed class LikertResultsTests
{
    private static readonly LikertResults Results = LikertResults.Of(LikertExample.Instrument, LikertExample.Responses);

    [Fact]
    public void EachStatement_CountsEachAnswer_AndLeavesNotAnsweredOut()
    {
        // Statement 1: 5 4 4 2 1 3 5 → one each of 1, 2 and 3, two each of 4 and 5; 24 / 7 = 3.428… → 3.43.
        var one = Results.Item("1").Figures;
        Assert.Equal([1, 1, 1, 2, 2], one.Counts);
        Assert.Equal(7, one.Answered);
        Assert.Equal(4, one.Agreeing);
        Assert.Equal(3.43m, one.Mean);
        Assert.Equal(57, one.PercentAgreeing);
        // Statement 2: 4 4 3 5 2, two left blank → 18 / 5 = 3.60, 3 of 5 agreeing.
        var two = Results.Item("2").Figures;
        Assert.Equal([0, 1, 1, 2, 1], two.Counts);
        Assert.Equal(5, two.Answered);
        Assert.Equal(3.60m, two.Mean);
        Assert.Equal(60, two.PercentAgreeing);
        Assert.Equal(2, two.CountOf(4));
        Assert.Equal(0, two.CountOf(6));
        // Statement 3: 5 5 5 4 4 1 2 → 26 / 7 = 3.714… → 3.71, 5 of 7 = 71%.
        Assert.Equal(3.71m, Results.Item("3").Figures.Mean);
        Assert.Equal(71, Results.Item("3").Figures.PercentAgreeing);
    }

    [Fact]
    public void SubscalesAndOverall_AreOfEveryAnswerGiven()
    {
        // Leading holds statements 1 and 2: 12 answers summing 42 → 3.50; 7 agreeing → 58%.
        var leading = Results.Subscales.Single(s => s.Subscale.Code == "leading").Figures;
        Assert.Equal(12, leading.Answered);
        Assert.Equal(3.50m, leading.Mean);
        Assert.Equal(58, leading.PercentAgreeing);
        // Everything: 19 answers summing 68 → 3.578… → 3.58; 12 of 19 agreeing → 63%.
        Assert.Equal(7, Results.Respondents);
        Assert.Equal(19, Results.Overall.Answered);
        Assert.Equal(3.58m, Results.Overall.Mean);
        Assert.Equal(12, Results.Overall.Agreeing);
        Assert.Equal(63, Results.Overall.PercentAgreeing);
    }

    [Fact]
    public void AGroupOfFewerThanFive_IsCountedOverall_ButNotShownOnItsOwn()
    {
        var rooms = Results.Groups.Single(g => g.Group.Code == "rooms");
        Assert.False(rooms.Suppressed);
        Assert.Equal(5, rooms.Respondents);
        Assert.Equal(3.20m, rooms.Items.Single(i => i.Item.Number == "1").Figures.Mean);
        Assert.Equal(60, rooms.Items.Single(i => i.Item.Number == "1").Figures.PercentAgreeing);
        // Room staff's 14 answers sum 55 → 3.93.
        Assert.Equal(3.93m, rooms.Overall!.Mean);

        var office = Results.Groups.Single(g => g.Group.Code == "office");
        Assert.True(office.Suppressed);
        Assert.Equal(2, office.Respondents);
        Assert.Null(office.Overall);
        Assert.Empty(office.Items);
        Assert.Empty(office.Subscales);
    }

    [Fact]
    public void AgreeingIsTheTopTwoPointsOfTheScale()
    {
        Assert.Equal(4, LikertResults.AgreeFrom(LikertExample.Instrument.Scale));
        var neutral = LikertResults.Of(LikertExample.Instrument, [LikertExample.Response("rooms", 3, 3, 3)]);
        Assert.Equal(0, neutral.Overall.Agreeing);
        Assert.Equal(0, neutral.Overall.PercentAgreeing);
    }

    [Fact]
    public void MeansAndPercentages_RoundHalvesAwayFromZero()
    {
        // Eight answers to statement 1 summing 25: 3.125 → 3.13; one of eight agreeing: 12.5% → 13%.
        var results = LikertResults.Of(LikertExample.Instrument,
            [.. new int?[] { 3, 3, 3, 4, 3, 3, 3, 3 }.Select(s => LikertExample.Response("rooms", s, null, null))]);
        Assert.Equal(3.13m, results.Item("1").Figures.Mean);
        Assert.Equal(13, results.Item("1").Figures.PercentAgreeing);
    }

    [Fact]
    public void NoAnswers_GiveNoMeanAndNoShare()
    {
        var results = LikertResults.Of(LikertExample.Instrument, []);
        Assert.Equal(0, results.Respondents);
        Assert.Null(results.Overall.Mean);
        Assert.Null(results.Overall.PercentAgreeing);
        Assert.All(results.Groups, g => Assert.True(g.Suppressed));
    }

    [Fact]
    public void AnAnswerOutsideTheScaleOrToAnUnknownItem_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => LikertResults.Of(LikertExample.Instrument, [LikertExample.Response("rooms", 6, null, null)]));
        Assert.Throws<ArgumentException>(() => LikertResults.Of(LikertExample.Instrument, [new LikertResponse("rooms", new Dictionary<string, int?> { ["9"] = 3 })]));
    }

    [Fact]
    public void ChangeSinceTheLastRound_IsSaidInWords()
    {
        Assert.Equal("Up 0.40 from 3.20", LikertChange.OfMean(3.60m, 3.20m));
        Assert.Equal("Down 0.05 from 4.00", LikertChange.OfMean(3.95m, 4.00m));
        Assert.Equal("No change from 3.50", LikertChange.OfMean(3.50m, 3.50m));
        Assert.Equal("Not answered last time", LikertChange.OfMean(3.50m, null));
        Assert.Equal("No answers this time", LikertChange.OfMean(null, 3.50m));
        Assert.Equal("Up 12 points from 45%", LikertChange.OfPercent(57, 45));
        Assert.Equal("Down 1 point from 60%", LikertChange.OfPercent(59, 60));
        Assert.Equal("No change from 60%", LikertChange.OfPercent(60, 60));
    }
}
