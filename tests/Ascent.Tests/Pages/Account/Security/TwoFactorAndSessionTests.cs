using System.Net;
using System.Text.RegularExpressions;
using Ascent.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Account.Security;

public abstract partial class TwoFactorAndSessionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task SettingUpAnAuthenticator_LetsLaStaffIn_AndThenAsksForACodeAtSignIn()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserWithoutTwoFactorA);
        var page = await browser.GetAsync("/account/two-factor-authentication");
        var key = KeyPattern().Match(page.Document.QuerySelector("code.app-key")!.TextContent).Value.Replace(" ", "", StringComparison.Ordinal);
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = Totp.Code(key, TimeProvider.System.GetUtcNow()) });
        Assert.Equal("Two-factor authentication is on", page.Document.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        Assert.Equal(10, page.Document.QuerySelectorAll(".app-recovery-codes li").Length);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/settings", follow: false)).Status);

        using var again = app.NewBrowser();
        app.World.AuthenticatorKeys[TestWorld.AdviserWithoutTwoFactorA] = key;
        Assert.Equal("/", (await again.SignInAsync(TestWorld.AdviserWithoutTwoFactorA)).Url);
    }

    [Fact]
    public async Task WrongAuthenticatorCode_IsRefused()
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/account/sign-in");
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = TestWorld.AdviserA, ["Input.Password"] = TestWorld.Password });
        Assert.Equal("Enter your security code", page.Heading);
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = "000000" == Totp.Code(app.World.AuthenticatorKeys[TestWorld.AdviserA], TimeProvider.System.GetUtcNow()) ? "111111" : "000000" });
        Assert.Equal(["The security code is not correct or has expired: enter the code your app shows now"], page.ErrorMessages);
    }

    [Fact]
    public async Task RevokingAnotherBrowsersSession_SignsThatBrowserOut()
    {
        using var laptop = app.NewBrowser();
        using var phone = app.NewBrowser();
        await laptop.SignInAsync(TestWorld.OwnerA2);
        await phone.SignInAsync(TestWorld.OwnerA2);

        var sessions = await laptop.GetAsync("/account/sessions");
        Assert.Single(sessions.Document.QuerySelectorAll("main form"));
        await laptop.SubmitAsync(sessions);

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/", follow: false)).Status);
        var phoneHome = await phone.GetAsync("/", follow: false);
        Assert.Equal(HttpStatusCode.Found, phoneHome.Status);
        Assert.Contains("/account/sign-in", phoneHome.Location, StringComparison.Ordinal);
    }

    [GeneratedRegex("[a-z2-7 ]+")]
    private static partial Regex KeyPattern();
}

public sealed class TwoFactorAndSessionTestsOnSqlite(SqliteFixture app) : TwoFactorAndSessionTests<SqliteFixture>(app);

public sealed class TwoFactorAndSessionTestsOnPostgres(PostgresFixture app) : TwoFactorAndSessionTests<PostgresFixture>(app);

public abstract class SecurityStampTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task ChangedSecurityStamp_SignsTheUserOutWithinFiveMinutes()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        await app.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Ascent.Web.Domain.People.AppUser>>();
            var user = await users.FindByEmailAsync(TestWorld.OwnerA1);
            return await users.UpdateSecurityStampAsync(user!);
        });

        app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", follow: false)).Status);
        app.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/", follow: false)).Status);
    }
}

public sealed class SecurityStampTestsOnSqlite(SqliteFixture app) : SecurityStampTests<SqliteFixture>(app);

public sealed class SecurityStampTestsOnPostgres(PostgresFixture app) : SecurityStampTests<PostgresFixture>(app);
