using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Each LA role's home page on the demo data at 1280 px: its work queue shows, and a figure leads to the list behind
/// it, which holds that many. Every page passes axe-core (CheckPageAsync).
[Collection(SharedBrowser.Name)]
public sealed class HomePageTests(AscentBrowserFixture app)
{
    private const string Password = "ascent-demo-2026";

    [Fact]
    public async Task Home_AsDemoAdviser_ShowsTheirQueue_AndTheirCasesFigureLeadsToTheirCases()
    {
        var (session, page) = await SignInAsync("adviser@northfield.example");
        await using var _ = session;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your visits this week and next" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notes of visit" })).ToBeVisibleAsync();

        var count = await FigureAsync(page, "/cases?Show=mine");
        await ClickAndCheckAsync(session, page.Locator("main .app-figures a[href='/cases?Show=mine']"), "/cases\\?Show=mine$");
        await Expect(page.Locator("main")).ToContainTextAsync(new Regex($"\\b{count} cases?\\b"));
        await Expect(page.Locator("main tbody tr")).ToHaveCountAsync(Math.Min(count, 50));
    }

    [Fact]
    public async Task Home_AsDemoSeniorAdviser_ShowsTheLasQueue_AndCasesWaitingLeadToThem()
    {
        var (session, page) = await SignInAsync("senior.adviser@northfield.example");
        await using var _ = session;
        await Expect(page.Locator("main .app-figures")).ToContainTextAsync("missed");

        var count = await FigureAsync(page, "/cases?Show=unallocated");
        await ClickAndCheckAsync(session, page.Locator("main .app-figures a[href='/cases?Show=unallocated']"), "/cases\\?Show=unallocated$");
        await Expect(page.Locator("main")).ToContainTextAsync(new Regex($"\\b{count} cases?\\b"));
    }

    [Fact]
    public async Task Home_AsDemoManager_ShowsSettingsByStanding_AndEachCountLeadsToThatManySettings()
    {
        var (session, page) = await SignInAsync("manager@northfield.example");
        await using var _ = session;
        await Expect(page.Locator("main .app-figures")).ToContainTextAsync("funding decision");

        var standing = page.Locator("main table tbody a[href^='/settings?Standing=']").First;
        var count = int.Parse((await standing.InnerTextAsync()).Trim().Split(' ', '\n')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        await ClickAndCheckAsync(session, standing, "/settings\\?Standing=");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{count:N0} {(count == 1 ? "setting" : "settings")} in Northfield");
    }

    [Fact]
    public async Task Home_AsDemoLaAdministrator_ShowsImportsInvitationsAndEmail_AndTheOutboxFigureLeadsToIt()
    {
        var (session, page) = await SignInAsync("la.admin@northfield.example");
        await using var _ = session;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The register" })).ToBeVisibleAsync();

        var count = await FigureAsync(page, "/people#invitations");
        await ClickAndCheckAsync(session, page.Locator("main .app-figures a[href='/people#invitations']"), "/people#invitations$");
        await Expect(page.Locator("#invitations")).ToHaveTextAsync($"Invitations ({count} waiting to be accepted)");
    }

    private async Task<(BrowserSession Session, IPage Page)> SignInAsync(string email)
    {
        var session = await app.NewSessionAsync();
        await session.Page.SetViewportSizeAsync(1280, 800);
        await SignInTests.SignInAsync(session, email, Password);
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Welcome, "));
        return (session, session.Page);
    }

    private static async Task<int> FigureAsync(IPage page, string href) =>
        int.Parse(await page.Locator($"main .app-figures a[href='{href}'] .app-stat").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
