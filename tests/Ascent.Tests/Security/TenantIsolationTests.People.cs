using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Api;
using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Security;

/// Tenant isolation of people, invitations, sessions and API tokens.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task People_OfAnotherLocalAuthority_CannotBeSeenOrChanged()
    {
        var adminB = app.World.UserIds[TestWorld.AdminB];
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/people/{adminB}")).Status);
        Assert.DoesNotContain("Bea Admin", (await browser.GetAsync("/people")).Text, StringComparison.Ordinal);

        // Forms posted straight at B's user, with a valid token from one of A's own pages.
        var own = await browser.GetAsync($"/people/{app.World.UserIds[TestWorld.AdviserA]}");
        var token = own.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var handler in new[] { "Deactivate", "Roles" })
        {
            var post = await browser.PostAsync($"/people/{adminB}?handler={handler}",
                [new("__RequestVerificationToken", token), new("SelectedRoles", Roles.ImprovementAdviser)], follow: false);
            Assert.Equal(HttpStatusCode.NotFound, post.Status);
        }

        var (active, roles) = await app.WithDbAsync(async (db, services) =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == adminB);
            return (user.IsActive, await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().GetRolesAsync(user));
        });
        Assert.True(active);
        Assert.Equal([Roles.LaAdministrator], roles);
    }

    [Fact]
    public async Task SettingOwner_CannotSeeOrChangeLocalAuthorityStaffOrOtherSettingsStaff()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/people/{app.World.UserIds[TestWorld.OwnerA2]}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/people/{app.World.UserIds[TestWorld.AdviserA]}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/people/{app.World.UserIds[TestWorld.PractitionerA1]}")).Status);
        var people = await browser.GetAsync("/people");
        Assert.DoesNotContain("Oona Owner", people.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ari Adviser", people.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitations_OfAnotherLocalAuthority_CannotBeSeenOrCancelled()
    {
        var invitationId = await app.WithDbAsync(async (db, _) =>
        {
            var (invitation, _) = Invitation.Create("someone@brightwater.test", "Someone", app.World.TenantBId, null, [Roles.ImprovementAdviser], app.World.UserIds[TestWorld.AdminB], app.Time.GetUtcNow());
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            return invitation.Id;
        });
        using var browser = app.NewBrowser();
        var home = await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/people/invitations/{invitationId}/cancel")).Status);
        var token = home.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync($"/people/invitations/{invitationId}/cancel", [new("__RequestVerificationToken", token)], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Null(await app.WithDbAsync((db, _) => db.Invitations.Where(i => i.Id == invitationId).Select(i => i.CancelledAt).SingleAsync()));
    }

    [Fact]
    public async Task Sessions_OfAnotherUser_CannotBeRevoked()
    {
        using var victim = app.NewBrowser();
        await victim.SignInAsync(TestWorld.AdminB);
        var victimSession = await app.WithDbAsync((db, _) => db.UserSessions.Where(s => s.UserId == app.World.UserIds[TestWorld.AdminB]).Select(s => s.Id).FirstAsync());

        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var sessions = await browser.GetAsync("/account/sessions");
        var token = sessions.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync("/account/sessions?handler=Revoke", [new("__RequestVerificationToken", token), new("id", victimSession.ToString())], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/", follow: false)).Status);
    }

    [Fact]
    public async Task ApiTokens_OfAnotherUser_CannotBeRevoked()
    {
        var victimToken = await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminB, "Brightwater dashboard");
        var victimTokenId = await app.WithDbAsync((db, _) => db.PersonalAccessTokens.Where(t => t.Name == "Brightwater dashboard").Select(t => t.Id).SingleAsync());

        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var tokens = await browser.GetAsync("/account/tokens");
        Assert.DoesNotContain("Brightwater dashboard", tokens.Text, StringComparison.Ordinal);
        var token = tokens.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync("/account/tokens?handler=Revoke", [new("__RequestVerificationToken", token), new("id", victimTokenId.ToString(CultureInfo.InvariantCulture))], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        using var victim = ApiClient.For(app, victimToken);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/api/v1/settings")).StatusCode);
    }
}
