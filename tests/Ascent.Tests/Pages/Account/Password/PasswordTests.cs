using System.Net;
using Ascent.Tests.Support;

namespace Ascent.Tests.Pages.Account.Password;

public abstract class PasswordTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Theory]
    [InlineData("short", "Password must be 8 characters or more")]
    [InlineData("password1", "Choose a password that is harder to guess: this one is on a list of commonly used passwords")]
    public async Task Change_ToAWeakPassword_ShowsWhy(string newPassword, string message)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA2);
        var page = await browser.GetAsync("/account/password");
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["CurrentPassword"] = TestWorld.Password, ["NewPassword"] = newPassword });
        Assert.Equal([message], page.ErrorMessages);
    }

    [Fact]
    public async Task Change_ToALongPassphraseWithoutDigitsOrSymbols_IsAccepted()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.PractitionerA1);
        var page = await browser.GetAsync("/account/password");
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["CurrentPassword"] = TestWorld.Password, ["NewPassword"] = "purple elephants dance quietly" });
        Assert.Equal("/account", page.Url);
        Assert.Contains("Your password has been changed", page.Text, StringComparison.Ordinal);

        using var again = app.NewBrowser();
        Assert.Equal("/", (await again.SignInAsync(TestWorld.PractitionerA1, "purple elephants dance quietly")).Url);
    }

    [Fact]
    public async Task ForgotPassword_EmailsALinkThroughSmtp_ThatSetsANewPassword()
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/account/forgot-password");
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Email"] = TestWorld.OwnerA1 });
        Assert.Equal("Check your email", page.Heading);

        var message = await app.Smtp.WaitForMessageToAsync(TestWorld.OwnerA1, TimeSpan.FromSeconds(20));
        Assert.Equal("Reset your Ascent password", message.Subject);
        var link = message.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("https://localhost/account/reset-password", StringComparison.Ordinal));

        page = await browser.GetAsync(link["https://localhost".Length..]);
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Password"] = "a brand new passphrase" });
        Assert.Equal("/account/sign-in", page.Url);
        Assert.Contains("Your password has been changed", page.Text, StringComparison.Ordinal);
        Assert.Equal("/", (await browser.SignInAsync(TestWorld.OwnerA1, "a brand new passphrase")).Url);

        // The link works once.
        page = await browser.GetAsync(link["https://localhost".Length..]);
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Password"] = "yet another passphrase" });
        Assert.Equal(["The link has expired or has already been used: ask for a new one"], page.ErrorMessages);
    }

    [Fact]
    public async Task ResettingThePassword_SignsEveryOtherBrowserOutAtOnce()
    {
        // A person no other test here signs in as: the reset changes their password.
        const string person = TestWorld.AdviserWithoutTwoFactorA;
        using var elsewhere = app.NewBrowser();
        await elsewhere.SignInAsync(person);

        using var browser = app.NewBrowser();
        await browser.SubmitAsync(await browser.GetAsync("/account/forgot-password"), new Dictionary<string, string> { ["Email"] = person });
        var message = await app.Smtp.WaitForMessageToAsync(person, TimeSpan.FromSeconds(20));
        var link = message.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("https://localhost/account/reset-password", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/account", follow: false)).Status);

        var page = await browser.SubmitAsync(await browser.GetAsync(link["https://localhost".Length..]), new Dictionary<string, string> { ["Password"] = "the owner's fresh passphrase" });
        Assert.Equal("/account/sign-in", page.Url);
        // Not minutes later at the next security-stamp check: the very next request.
        var after = await elsewhere.GetAsync("/account", follow: false);
        Assert.Equal(HttpStatusCode.Found, after.Status);
        Assert.StartsWith("https://localhost/account/sign-in", after.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownAddress_SaysTheSameAndSendsNothing()
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/account/forgot-password");
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Email"] = "nobody@nowhere.test" });
        Assert.Equal("Check your email", page.Heading);
        await Assert.ThrowsAsync<TimeoutException>(() => app.Smtp.WaitForMessageToAsync("nobody@nowhere.test", TimeSpan.FromSeconds(2)));
    }
}

public sealed class PasswordTestsOnSqlite(SqliteFixture app) : PasswordTests<SqliteFixture>(app);

public sealed class PasswordTestsOnPostgres(PostgresFixture app) : PasswordTests<PostgresFixture>(app);
