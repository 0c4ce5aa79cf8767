using System.Net;
using Ascent.Tests.Support;

namespace Ascent.Tests.Pages.Account.SignIn;

public abstract class SignInTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Get_WhenNotSignedIn_RedirectsToSignIn()
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/", follow: false);
        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.StartsWith("https://localhost/account/sign-in", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithPasswordAndAuthenticatorCode_ReachesHomePage()
    {
        using var browser = app.NewBrowser();
        var page = await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal("/", page.Url);
        Assert.Equal("Welcome, Ada Admin", page.Heading);
        Assert.Contains(TestWorld.TenantA, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithWrongPassword_ShowsErrorAndStaysSignedOut()
    {
        using var browser = app.NewBrowser();
        var page = await browser.SignInAsync(TestWorld.AdviserA, "not the password at all");
        Assert.Equal(["Enter a correct email address and password"], page.ErrorMessages);
        Assert.StartsWith("Error: ", page.Document.Title, StringComparison.Ordinal);
        var home = await browser.GetAsync("/", follow: false);
        Assert.Equal(HttpStatusCode.Found, home.Status);
    }

    [Fact]
    public async Task Post_WithEmptyFields_ShowsAnErrorForEach()
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/account/sign-in");
        page = await browser.SubmitAsync(page);
        Assert.Equal(["Enter your email address", "Enter your password"], page.ErrorMessages);
    }

    [Fact]
    public async Task Post_AfterFiveWrongPasswordsFromOneClient_TheRightPasswordFromAnotherStillSignsIn()
    {
        using var guesser = app.NewBrowser();
        guesser.Client.DefaultRequestHeaders.Add(PeerAddress.Header, "198.51.100.60");
        var page = await guesser.SignInAsync(TestWorld.PractitionerA1, "wrong password");
        for (var i = 0; i < 4; i++)
            page = await guesser.SignInAsync(TestWorld.PractitionerA1, "wrong password " + i);
        Assert.Contains(page.ErrorMessages, m => m.StartsWith("You have tried to sign in too many times", StringComparison.Ordinal));

        using var practitioner = app.NewBrowser();
        practitioner.Client.DefaultRequestHeaders.Add(PeerAddress.Header, "203.0.113.60");
        Assert.Equal("/", (await practitioner.SignInAsync(TestWorld.PractitionerA1)).Url);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var browser = app.NewBrowser();
        var page = await browser.PostAsync("/account/sign-in", [new("Input.Email", TestWorld.OwnerA2), new("Input.Password", TestWorld.Password)], follow: false);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    [Fact]
    public async Task SignIn_ForLocalAuthorityStaffWithoutSecondFactor_SendsThemToSetOneUp()
    {
        using var browser = app.NewBrowser();
        var page = await browser.SignInAsync(TestWorld.AdviserWithoutTwoFactorA);
        Assert.Equal("/account/security/required", page.Url);
        Assert.Equal("Set up two-factor authentication or a passkey", page.Heading);
        var settings = await browser.GetAsync("/settings", follow: false);
        Assert.Equal("/account/security/required", settings.Location);
    }

    [Fact]
    public async Task SignIn_ForSettingStaff_NeedsNoSecondFactor()
    {
        using var browser = app.NewBrowser();
        var page = await browser.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal("/", page.Url);
        Assert.Contains("Acorn Day Nursery", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var browser = app.NewBrowser();
        var home = await browser.SignInAsync(TestWorld.OwnerA1);
        var page = await browser.SubmitAsync(home, formSelector: "form.app-sign-out");
        Assert.Equal("/account/sign-in", page.Url);
        Assert.Contains("You have signed out", page.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/", follow: false)).Status);
    }

    [Fact]
    public async Task AuthCookie_IsHostPrefixedSecureHttpOnlyAndSameSite()
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/account/sign-in");
        var response = await browser.PostAsync("/account/sign-in",
            [.. Browser.FormFields((AngleSharp.Html.Dom.IHtmlFormElement)page.Document.QuerySelector("main form")!)
                .Where(f => !f.Key.StartsWith("Input.", StringComparison.Ordinal)),
             new("Input.Email", TestWorld.OwnerA1), new("Input.Password", TestWorld.Password)], follow: false);
        var cookie = response.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Ascent=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class SignInTestsOnSqlite(SqliteFixture app) : SignInTests<SqliteFixture>(app);

public sealed class SignInTestsOnPostgres(PostgresFixture app) : SignInTests<PostgresFixture>(app);
