using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Improvement;

public sealed class PlanShareLinkTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static Setting Setting => new(1, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", new DateOnly(2015, 3, 1));

    [Fact]
    public void Create_KeepsOnlyTheHash_AndWorksUntilItExpires()
    {
        var (link, token) = PlanShareLink.Create(Setting, "  Ofsted inspection 3 December ", 7, "Olu Owner", Now);

        Assert.Equal("Ofsted inspection 3 December", link.Purpose);
        Assert.Equal(PlanShareLink.HashToken(token), link.TokenHash);
        Assert.DoesNotContain(token, link.TokenHash, StringComparison.Ordinal);
        Assert.Equal(ShareLinkState.Active, link.StateAt(Now.AddDays(7).AddSeconds(-1)));
        Assert.Equal(ShareLinkState.Expired, link.StateAt(Now.AddDays(7)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void Create_RefusesALifetimeOutsideOneToThirtyDays(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanShareLink.Create(Setting, "Visit", days, "Olu Owner", Now));

    [Fact]
    public void Revoke_StopsTheLink_Once()
    {
        var (link, _) = PlanShareLink.Create(Setting, "Visit", 7, "Olu Owner", Now);

        link.Revoke("Olu Owner", Now.AddHours(1));

        Assert.Equal(ShareLinkState.Revoked, link.StateAt(Now.AddHours(2)));
        Assert.Equal(1, link.Version);
        Assert.Throws<InvalidOperationException>(() => link.Revoke("Olu Owner", Now.AddHours(2)));
    }

    [Fact]
    public void Access_TruncatesALongUserAgent()
    {
        var (link, _) = PlanShareLink.Create(Setting, "Visit", 7, "Olu Owner", Now);

        var access = new PlanShareAccess(link, Now, null, new string('x', 500));

        Assert.Equal(PlanShareAccess.UserAgentMaxLength, access.UserAgent!.Length);
        Assert.Equal("unknown", access.IpAddress);
    }
}
