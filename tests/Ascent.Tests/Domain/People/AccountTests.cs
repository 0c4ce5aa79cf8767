using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;

namespace Ascent.Tests.Domain.People;

public sealed class AccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Deactivate_ChangesTheSecurityStampSoSessionsEnd()
    {
        var user = new AppUser("a@b.test", "A B", 1, null);
        var stamp = user.SecurityStamp;
        user.Deactivate(Now);
        Assert.False(user.IsActive);
        Assert.Equal(Now, user.DeactivatedAt);
        Assert.NotEqual(stamp, user.SecurityStamp);
        user.Reactivate();
        Assert.True(user.IsActive);
        Assert.Null(user.DeactivatedAt);
    }

    [Fact]
    public void SettingUser_MustBelongToATenant() =>
        Assert.Throws<ArgumentException>(() => new AppUser("a@b.test", "A B", null, 3));

    [Fact]
    public void Session_TouchesLastSeenAtMostEveryFiveMinutes()
    {
        var session = new UserSession(Guid.NewGuid(), "Firefox", "127.0.0.1", Now);
        Assert.False(session.Touch(Now.AddMinutes(4)));
        Assert.True(session.Touch(Now.AddMinutes(5)));
        Assert.Equal(Now.AddMinutes(5), session.LastSeenAt);
        session.Revoke(Now.AddMinutes(6));
        session.Revoke(Now.AddMinutes(7));
        Assert.Equal(Now.AddMinutes(6), session.RevokedAt);
    }

    [Theory]
    [InlineData("2026-11-22T09:05:00Z", "22 November 2026 at 9:05am")]
    [InlineData("2026-07-01T13:30:00Z", "1 July 2026 at 2:30pm")] // British Summer Time
    public void Format_ShowsUkTimeTheGovUkWay(string instant, string expected) =>
        Assert.Equal(expected, Format.DateTime(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Format_DateHasNoLeadingZero() => Assert.Equal("2 March 2026", Format.Date(new DateOnly(2026, 3, 2)));
}
