using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments.Questionnaires;

public sealed class LikertSuggestionsTests
{
    [Fact]
    public void TheStatementsFewestAgreedWith_BecomeGoals_LowestShareFirst()
    {
        var results = LikertResults.Of(LikertExample.Instrument, LikertExample.Responses);
        var suggestions = LikertSuggestions.From(results, "example questionnaire of 23 November 2026");

        // 57%, 60% and 71% agreeing: all under 75%, lowest first.
        Assert.Equal(["1", "2", "3"], suggestions.Select(s => s.ItemNumber));
        var first = suggestions[0];
        Assert.Equal("More people agree that ‘I know what we are aiming for’: from 57% to at least 75%", first.Outcome);
        Assert.Equal("In the example questionnaire of 23 November 2026, 4 of 7 people who answered agreed that ‘I know what we are aiming for’ (57%; mean 3.43 out of 5).", first.Issue);
        Assert.Equal("At least 75% agree at the next example questionnaire", first.SuccessMeasure);
    }

    [Fact]
    public void StatementsMostAgreedWith_AndThoseNobodyAnswered_AreNotSuggested()
    {
        // Statement 1: 3 of 4 agree (75%, not under it); statement 2: 1 of 4 (25%); statement 3: nobody answered.
        var results = LikertResults.Of(LikertExample.Instrument,
        [
            LikertExample.Response("rooms", 4, 2, null),
            LikertExample.Response("rooms", 5, 2, null),
            LikertExample.Response("rooms", 4, 4, null),
            LikertExample.Response("rooms", 2, 3, null),
        ]);
        Assert.Equal(["2"], LikertSuggestions.From(results, "round").Select(s => s.ItemNumber));
    }

    [Fact]
    public void AtMostThreeAreSuggested()
    {
        var results = LikertResults.Of(LikertExample.Instrument, [LikertExample.Response("rooms", 1, 1, 1)]);
        Assert.Equal(3, LikertSuggestions.From(results, "round").Count);
    }
}
