using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

[Collection(SharedBrowser.Name)]
public sealed class SignInTests(AscentBrowserFixture app)
{
    private const string Password = "ascent-demo-2026";
    private const string Manager = "manager@northfield.example";

    [Fact]
    public async Task SignIn_AsDemoManager_ReachesHomeAndSignsOut()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;

        await SignInAsync(session, Manager, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome, Priya Shah");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in$"), new() { Timeout = 90_000 });
        await session.CheckPageAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("You have signed out");

        await session.GotoAsync("/");
        Assert.Matches(new Regex("/account/sign-in\\?ReturnUrl=%2F$"), page.Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to Ascent");
        session.AssertNoCspViolations();
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsErrorSummaryAndErrorTitle()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;

        await session.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(Manager);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await session.CheckPageAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        await Expect(summary).ToBeFocusedAsync();
        Assert.EndsWith("/account/sign-in", page.Url, StringComparison.Ordinal);
        session.AssertNoCspViolations();
    }

    [Fact]
    public async Task SignIn_WithJavaScriptDisabled_ReachesHome()
    {
        await using var session = await app.NewSessionAsync(javaScriptEnabled: false);
        var page = session.Page;

        await SignInAsync(session, Manager, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome, Priya Shah");
        await Expect(page.Locator("body.js-enabled")).ToHaveCountAsync(0); // no script ran: this really was a browser without JavaScript
        session.AssertNoCspViolations();
    }

    /// Signs in through the real form (demo users need no second factor) and checks the home page it lands on.
    internal static async Task SignInAsync(BrowserSession session, string email, string password)
    {
        var page = session.Page;
        await session.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        // The address is polled, not awaited as a navigation with its load event (see ClickAndCheckAsync): the redirect
        // to the home page can commit while the wait is set up, and on a busy machine the wait then ran out on the home
        // page itself. CheckPageAsync then waits for what a person waits for: the page drawn, with its heading.
        await Expect(page).ToHaveURLAsync(session.BaseUrl + "/", new() { Timeout = 90_000 });
        await session.CheckPageAsync();
    }
}
