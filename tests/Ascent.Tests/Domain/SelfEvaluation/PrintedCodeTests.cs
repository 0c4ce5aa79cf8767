using Ascent.Web.Domain;
using Ascent.Web.Domain.SelfEvaluation;

namespace Ascent.Tests.Domain.SelfEvaluation;

public sealed class PrintedCodeTests
{
    [Fact]
    public void New_IsTwelveCharactersInThreeGroups_WithoutLettersThatAreMisread()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => PrintedCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("7KQ2-M9XD-4HTP", "7KQ2M9XD4HTP")]
    [InlineData("7kq2 m9xd 4htp", "7KQ2M9XD4HTP")]
    [InlineData("7KQ2-M9XD-4HTo", "7KQ2M9XD4HT0")]
    [InlineData("IL00-0000-0000", "110000000000")]
    public void TryNormalise_ReadsACodeHoweverItWasTyped(string typed, string code)
    {
        Assert.True(PrintedCode.TryNormalise(typed, out var normalised));
        Assert.Equal(code, normalised);
    }

    [Theory]
    [InlineData("7KQ2-M9XD-4HT")]
    [InlineData("7KQ2-M9XD-4HTU")]
    [InlineData("")]
    public void TryNormalise_RefusesWhatIsNotACode(string typed) => Assert.False(PrintedCode.TryNormalise(typed, out _));

    [Fact]
    public void ALinksHash_IsTheSameForACodeTypedAnyWay_AndATokenIsHashedAsItIs()
    {
        Assert.Equal(VoiceInvitation.HashToken("7KQ2-M9XD-4HTP"), VoiceInvitation.HashToken("7kq2m9xd4htp"));
        var token = SecretToken.New();
        Assert.Equal(SecretToken.Hash(token), VoiceInvitation.HashToken(token));
    }
}
