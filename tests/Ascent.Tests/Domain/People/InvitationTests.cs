using Ascent.Web.Domain.People;

namespace Ascent.Tests.Domain.People;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_StoresOnlyAHashOfTheToken()
    {
        var (invitation, token) = Invitation.Create("a@b.test", "A B", 1, null, [Roles.ImprovementAdviser], Guid.NewGuid(), Now);
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(Invitation.HashToken(token), invitation.TokenHash);
        Assert.Equal(32, System.Buffers.Text.Base64Url.DecodeFromChars(token).Length);
    }

    [Fact]
    public void State_IsPendingForSevenDaysThenExpired()
    {
        var (invitation, _) = Invitation.Create("a@b.test", "A B", 1, null, [Roles.ImprovementAdviser], Guid.NewGuid(), Now);
        Assert.Equal(InvitationState.Pending, invitation.StateAt(Now.AddDays(7).AddSeconds(-1)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Now.AddDays(7)));
        Assert.Throws<InvalidOperationException>(() => invitation.Accept(Now.AddDays(8)));
    }

    [Fact]
    public void Accept_OnlyOnce()
    {
        var (invitation, _) = Invitation.Create("a@b.test", "A B", 1, 5, [Roles.Practitioner], Guid.NewGuid(), Now);
        invitation.Accept(Now.AddHours(1));
        Assert.Equal(InvitationState.Accepted, invitation.StateAt(Now.AddHours(2)));
        Assert.Throws<InvalidOperationException>(() => invitation.Accept(Now.AddHours(2)));
        Assert.Throws<InvalidOperationException>(() => invitation.Cancel(Now.AddHours(2)));
    }

    [Theory]
    [InlineData(null, Roles.Practitioner)]
    [InlineData(5, Roles.LaAdministrator)]
    [InlineData(null, Roles.SystemAdministrator)]
    public void Create_RefusesARoleThatDoesNotFitTheKindOfUser(int? settingId, string role) =>
        Assert.Throws<ArgumentException>(() => Invitation.Create("a@b.test", "A B", 1, settingId, [role], Guid.NewGuid(), Now));
}
