using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments.Questionnaires;

/// A response as a form sends it: every problem named by the statement it is about, nothing accepted half-way.
public sealed class LikertAnswersTests
{
    private static readonly InstrumentDefinition Instrument = LikertExample.Instrument;

    [Fact]
    public void AGoodResponse_IsRead_WithBlanksLeftOut()
    {
        var check = LikertAnswers.Read(Instrument, " rooms ", ["5", "", null]);
        Assert.Empty(check.Errors);
        Assert.Equal("rooms", check.Response!.Group);
        var only = Assert.Single(check.Response.Scores);
        Assert.Equal(("1", (int?)5), (only.Key, only.Value));
    }

    [Theory]
    [InlineData("6")]
    [InlineData("0")]
    [InlineData("four")]
    [InlineData("-1")]
    [InlineData("4.5")]
    public void AnAnswerOutsideTheScale_IsRefused_NamingTheStatement(string answer)
    {
        var check = LikertAnswers.Read(Instrument, "rooms", ["4", answer, "3"]);
        Assert.Null(check.Response);
        var error = Assert.Single(check.Errors);
        Assert.Equal(1, error.Item);
        Assert.Equal("Choose an answer from Strongly disagree to Strongly agree for statement 2, ‘I am listened to’", error.Message);
    }

    [Fact]
    public void AMissingOrUnknownGroup_IsRefused()
    {
        Assert.Equal("Select which of these applies to you", Assert.Single(LikertAnswers.Read(Instrument, null, ["4"]).Errors).Message);
        var unknown = Assert.Single(LikertAnswers.Read(Instrument, "parents", ["4"]).Errors);
        Assert.Null(unknown.Item);
        Assert.Equal("Select one of the choices listed for which of these applies to you", unknown.Message);
    }

    [Fact]
    public void NothingAnswered_IsRefused()
    {
        var check = LikertAnswers.Read(Instrument, "rooms", ["", " ", null]);
        Assert.Null(check.Response);
        Assert.Equal("Answer at least one statement", Assert.Single(check.Errors).Message);
    }

    [Fact]
    public void ExtraAnswersBeyondTheItems_AreIgnored()
    {
        var check = LikertAnswers.Read(Instrument, "office", ["1", "2", "3", "9"]);
        Assert.Empty(check.Errors);
        Assert.Equal(3, check.Response!.Scores.Count);
    }
}
