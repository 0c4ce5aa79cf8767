using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.People;

public abstract class PeopleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Invite_EmailsTheInvitee_WhoCreatesAnAccountWithTheRolesGiven()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await admin.GetAsync("/people/invite");
        page = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Sally Senior",
            ["Input.Email"] = "sally@ashdown.test",
            ["Input.Roles"] = Roles.SeniorImprovementAdviser,
        });
        Assert.Equal("/people", page.Url);
        Assert.Contains("Invitation sent to sally@ashdown.test", page.Text, StringComparison.Ordinal);

        var message = await app.Smtp.WaitForMessageToAsync("sally@ashdown.test", TimeSpan.FromSeconds(20));
        Assert.Equal("You are invited to Ascent", message.Subject);
        var link = message.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("https://localhost/account/accept-invitation", StringComparison.Ordinal));

        using var invitee = app.NewBrowser();
        var accept = await invitee.GetAsync(link["https://localhost".Length..]);
        Assert.Equal("Set up your account", accept.Heading);
        var home = await invitee.SubmitAsync(accept, new Dictionary<string, string> { ["Password"] = "sally's own long passphrase" });
        // A new LA member must set up a second factor before anything else.
        Assert.Equal("/account/security/required", home.Url);

        var (tenant, roles) = await app.WithDbAsync(async (db, services) =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "sally@ashdown.test");
            return (user.TenantId, await services.GetRequiredService<UserManager<AppUser>>().GetRolesAsync(user));
        });
        Assert.Equal(app.World.TenantAId, tenant);
        Assert.Equal([Roles.SeniorImprovementAdviser], roles);

        // The link works once.
        var again = await invitee.GetAsync(link["https://localhost".Length..]);
        Assert.Equal("This invitation has already been used", again.Heading);
    }

    [Fact]
    public async Task Invitation_AfterSevenDays_HasExpired()
    {
        var token = await app.WithDbAsync(async (db, _) =>
        {
            var (invitation, token) = Invitation.Create("late@ashdown.test", "Lee Late", app.World.TenantAId, null, [Roles.ImprovementAdviser], app.World.UserIds[TestWorld.AdminA], app.Time.GetUtcNow().AddDays(-8));
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            return token;
        });
        using var invitee = app.NewBrowser();
        var page = await invitee.GetAsync($"/account/accept-invitation?token={token}");
        Assert.Equal("This invitation has expired", page.Heading);
    }

    [Fact]
    public async Task Invite_WithoutNameEmailOrRole_ShowsAnErrorForEach()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await admin.SubmitAsync(await admin.GetAsync("/people/invite"));
        Assert.Equal(["Enter the person's full name", "Enter the person's email address", "Select at least one role"], page.ErrorMessages);
    }

    [Fact]
    public async Task SettingOwner_CannotGiveLocalAuthorityRoles()
    {
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var page = await owner.GetAsync("/people/invite");
        Assert.Empty(page.Document.QuerySelectorAll($"input[value='{Roles.LaAdministrator}']"));
        page = await owner.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Sneaky",
            ["Input.Email"] = "sneaky@a1.test",
            ["Input.Roles"] = Roles.LaAdministrator,
        });
        Assert.Equal(["Select setting roles only for setting staff"], page.ErrorMessages);
    }

    [Fact]
    public async Task Deactivate_SignsThePersonOutAtOnce_AndKeepsTheirNameOnTheAuditTrail()
    {
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.OwnerA2);
        var account = await practitioner.GetAsync("/account/password");
        await practitioner.SubmitAsync(account, new Dictionary<string, string> { ["CurrentPassword"] = TestWorld.Password, ["NewPassword"] = TestWorld.Password + " again" });

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var details = await admin.GetAsync($"/people/{app.World.UserIds[TestWorld.OwnerA2]}");
        details = await admin.SubmitAsync(details, formSelector: "form[action*='handler=Deactivate']");
        Assert.Contains("account has been deactivated", details.Text, StringComparison.Ordinal);

        var kicked = await practitioner.GetAsync("/", follow: false);
        Assert.Equal(HttpStatusCode.Found, kicked.Status);
        using var retry = app.NewBrowser();
        var refused = await retry.SignInAsync(TestWorld.OwnerA2, TestWorld.Password + " again");
        Assert.Equal(["Your account is not active: ask your administrator to reactivate it"], refused.ErrorMessages);

        var actors = await app.WithDbAsync((db, _) => db.AuditEntries.Select(a => a.ActorName).Distinct().ToListAsync());
        Assert.Contains("Oona Owner", actors);
        Assert.True(await app.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.Email == TestWorld.OwnerA2)));
    }
}

public sealed class PeopleTestsOnSqlite(SqliteFixture app) : PeopleTests<SqliteFixture>(app);

public sealed class PeopleTestsOnPostgres(PostgresFixture app) : PeopleTests<PostgresFixture>(app);

public abstract class SettingStaffInvitationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task LaAdministrator_InvitesSettingStaffByUrn_WhoThenSeeOnlyTheirSetting()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await admin.SubmitAsync(await admin.GetAsync("/people/invite"), new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Mo Manager",
            ["Input.Email"] = "mo@a2.test",
            ["Input.SettingReference"] = "ey100002",
            ["Input.Roles"] = Roles.SettingManager,
        });
        Assert.Equal("/people", page.Url);

        var message = await app.Smtp.WaitForMessageToAsync("mo@a2.test", TimeSpan.FromSeconds(20));
        var link = message.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("https://localhost/", StringComparison.Ordinal));
        using var mo = app.NewBrowser();
        var home = await mo.SubmitAsync(await mo.GetAsync(link["https://localhost".Length..]), new Dictionary<string, string> { ["Password"] = "mo's long passphrase here" });
        Assert.Equal("/", home.Url);
        Assert.Contains("Bramble Pre-school", home.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await mo.GetAsync($"/settings/{app.World.SettingA1Id}")).Status);
    }

    [Fact]
    public async Task LaAdministrator_CannotInviteStaffToASettingOfAnotherLa()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await admin.SubmitAsync(await admin.GetAsync("/people/invite"), new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Cross Border",
            ["Input.Email"] = "cross@b1.test",
            ["Input.SettingReference"] = "EY200001",
            ["Input.Roles"] = Roles.SettingManager,
        });
        Assert.Equal(["There is no setting with that URN on your register"], page.ErrorMessages);
    }
}

public sealed class SettingStaffInvitationTestsOnSqlite(SqliteFixture app) : SettingStaffInvitationTests<SqliteFixture>(app);

public sealed class SettingStaffInvitationTestsOnPostgres(PostgresFixture app) : SettingStaffInvitationTests<PostgresFixture>(app);
