using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The home page of each demo setting user at 1280 px, on the demo data: the owner and manager see the setting's work
/// queue, the practitioner the plan's steps assigned to them; every link on it opens a page that passes axe-core.
/// Other journeys change the demo setting's work as they run, so this checks the queue's shape and its links, not
/// which items are in it.
[Collection(SharedBrowser.Name)]
public sealed class SettingHomePageTests(AscentBrowserFixture app)
{
    private const string Password = "ascent-demo-2026";
    private const string SettingName = "Little Acorns Day Nursery";

    private static readonly string[] LeaderSections =
        ["Next visit", "Notes of visit to acknowledge", "Improvement plan", "Comments from the local authority", "Self-evaluation", "Latest inspection"];

    [Theory]
    [InlineData("owner@littleacorns.example", "Sam Patel")]
    [InlineData("manager@littleacorns.example", "Jo Clarke")]
    public async Task Home_AsDemoSettingLeader_ShowsTheSettingsWorkQueue_AndEveryLinkOpens(string email, string name)
    {
        await using var session = await SignInAt1280Async(email, name);
        var main = session.Page.Locator("main");
        foreach (var section in LeaderSections)
            await Expect(main.GetByRole(AriaRole.Heading, new() { Name = section, Exact = true, Level = 2 })).ToBeVisibleAsync();
        await OpenEveryLinkAsync(session);
    }

    [Fact]
    public async Task Home_AsDemoPractitioner_ShowsTheStepsAssignedToThem_AndEveryLinkOpens()
    {
        await using var session = await SignInAt1280Async("practitioner@littleacorns.example", "Kai Turner");
        var main = session.Page.Locator("main");
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Steps assigned to you", Level = 2 })).ToBeVisibleAsync();
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Next visit", Level = 2 })).ToHaveCountAsync(0);
        await OpenEveryLinkAsync(session);
    }

    private async Task<BrowserSession> SignInAt1280Async(string email, string name)
    {
        var session = await app.NewSessionAsync();
        await session.Page.SetViewportSizeAsync(1280, 800);
        await SignInTests.SignInAsync(session, email, Password);
        var main = session.Page.Locator("main");
        await Expect(main.Locator("h1")).ToHaveTextAsync($"Welcome, {name}");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = SettingName, Exact = true }).First).ToBeVisibleAsync();
        return session;
    }

    /// Each link of the home page's own content opens a page (checked with axe-core), not an error.
    private static async Task OpenEveryLinkAsync(BrowserSession session)
    {
        var hrefs = (await session.Page.Locator("main a[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs)
            await session.GotoAsync(href);
    }
}
