using System.Globalization;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Steps of issue 18's path in the catalogue, by someone who runs the offer (the demo LA administrator): each starts
/// anywhere, makes a draft from /offer/new, gives it its sessions, publishes it, and ends on the item's page,
/// returning its address (/offer/{id}). Titles should be unique: the browser tests share one demo database.
public static class OfferSteps
{
    /// A free network meeting: one session at the fixture's today + 20, 40 places.
    public static async Task<string> PublishEventAsync(AscentBrowserFixture app, BrowserSession session, string title)
    {
        ArgumentNullException.ThrowIfNull(app);
        await StartAsync(session, "Event", title, "Practitioners and managers", capacity: "40", perSetting: "", price: "0", rule: null);
        await AddSessionAsync(session, app.Clock.Today.AddDays(20), "10am", "12pm");
        return await PublishAsync(session);
    }

    /// A chargeable course of two sessions (today + 30 and + 37), £95 a place, two places per setting.
    public static async Task<string> PublishCourseAsync(AscentBrowserFixture app, BrowserSession session, string title)
    {
        ArgumentNullException.ThrowIfNull(app);
        await StartAsync(session, "Course", title, "Managers and room leaders", capacity: "16", perSetting: "2", price: "95", rule: null);
        await AddSessionAsync(session, app.Clock.Today.AddDays(30), "9:30am", "12:30pm");
        await AddSessionAsync(session, app.Clock.Today.AddDays(37), "9:30am", "12:30pm");
        return await PublishAsync(session);
    }

    /// The annual conversation as a service: £150, free for a setting on a support pathway (`free-on-pathway`).
    public static async Task<string> PublishServiceAsync(BrowserSession session, string title)
    {
        await StartAsync(session, "Service", title, "Managers and owners", capacity: null, perSetting: "", price: "150", rule: "Free for settings on a support pathway");
        return await PublishAsync(session);
    }

    private static async Task StartAsync(BrowserSession session, string kind, string title, string audience, string? capacity, string perSetting, string price, string? rule)
    {
        ArgumentNullException.ThrowIfNull(session);
        var page = session.Page;
        await session.GotoAsync("/offer");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Add to the offer" }), "/offer/new$");
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Continue" }), "/offer/new\\?Kind=" + kind + "$");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync($"{title}: what it is and what a setting gets from it.");
        await page.GetByLabel("Who it is for", new() { Exact = true }).FillAsync(audience);
        await page.GetByLabel("Venue (optional)").FillAsync("Northfield Early Years Centre");
        if (capacity is not null)
            await page.GetByLabel("Number of places").FillAsync(capacity);
        await page.GetByLabel("Places per setting (optional)").FillAsync(perSetting);
        await page.GetByLabel("Price of a place, in pounds").FillAsync(price);
        if (rule is not null)
            await page.GetByLabel("Price rule").SelectOptionAsync(new SelectOptionValue { Label = rule });
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }), kind == "Service" ? "/offer/\\d+$" : "/offer/\\d+/sessions$");
        await Expect(page.GetByText("The draft is saved")).ToBeVisibleAsync();
    }

    private static async Task AddSessionAsync(BrowserSession session, DateOnly date, string start, string end)
    {
        var page = session.Page;
        var group = page.GetByRole(AriaRole.Group, new() { Name = "Date" });
        await group.GetByLabel("Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync(start);
        await page.GetByLabel("End time").FillAsync(end);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Add the session" }), "/offer/\\d+/sessions$");
        await Expect(page.GetByText("The session is added")).ToBeVisibleAsync();
    }

    private static async Task<string> PublishAsync(BrowserSession session)
    {
        var page = session.Page;
        if (new Uri(page.Url).AbsolutePath.EndsWith("/sessions", StringComparison.Ordinal))
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Back to the item" }), "/offer/\\d+$");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Publish", Exact = true }), "/offer/\\d+/publish$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Publish" }), "/offer/\\d+$");
        await Expect(page.GetByText("It is published: settings see it in the catalogue")).ToBeVisibleAsync();
        return new Uri(page.Url).AbsolutePath;
    }
}
