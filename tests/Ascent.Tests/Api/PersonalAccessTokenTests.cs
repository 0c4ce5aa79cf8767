using Ascent.Web.Domain.People;

namespace Ascent.Tests.Api;

public sealed class PersonalAccessTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_GivesARandomTokenOnce_AndKeepsOnlyItsHash()
    {
        var (token, secret) = PersonalAccessToken.Create(Guid.NewGuid(), "  Power BI  ", 90, Now);
        var (_, another) = PersonalAccessToken.Create(Guid.NewGuid(), "Power BI", 90, Now);
        Assert.StartsWith("asc_", secret, StringComparison.Ordinal);
        Assert.Equal(PersonalAccessToken.TokenLength, secret.Length);
        Assert.True(PersonalAccessToken.LooksLikeToken(secret));
        Assert.NotEqual(secret, another);
        Assert.Equal(PersonalAccessToken.Hash(secret), token.TokenHash);
        Assert.Equal(64, token.TokenHash.Length);
        Assert.Equal("Power BI", token.Name);
        Assert.Equal(Now.AddDays(90), token.ExpiresAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(366)]
    public void Create_WithALifetimeNotOffered_Throws(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonalAccessToken.Create(Guid.NewGuid(), "Power BI", days, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer asc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("asc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("asc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+A")]
    [InlineData("xyz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void LooksLikeToken_RefusesAnythingElse(string? value) => Assert.False(PersonalAccessToken.LooksLikeToken(value));

    [Fact]
    public void StateAt_IsActiveUntilItExpiresOrIsRevoked()
    {
        var (token, _) = PersonalAccessToken.Create(Guid.NewGuid(), "Power BI", 30, Now);
        Assert.Equal(PersonalAccessTokenState.Active, token.StateAt(Now.AddDays(30).AddTicks(-1)));
        Assert.Equal(PersonalAccessTokenState.Expired, token.StateAt(Now.AddDays(30)));
        token.Revoke(Now.AddDays(1));
        token.Revoke(Now.AddDays(2));
        Assert.Equal(Now.AddDays(1), token.RevokedAt);
        Assert.Equal(PersonalAccessTokenState.Revoked, token.StateAt(Now.AddDays(1)));
    }

    [Fact]
    public void Touch_RecordsUseAtMostEveryFiveMinutes()
    {
        var (token, _) = PersonalAccessToken.Create(Guid.NewGuid(), "Power BI", 30, Now);
        Assert.True(token.Touch(Now));
        Assert.False(token.Touch(Now.AddMinutes(4)));
        Assert.Equal(Now, token.LastUsedAt);
        Assert.True(token.Touch(Now.AddMinutes(5)));
        Assert.Equal(Now.AddMinutes(5), token.LastUsedAt);
    }
}
