using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Issue 18's first steps on the demo: the LA administrator opens Training from the menu and publishes a free network
/// meeting, a chargeable two-session course limited to two places per setting, and the annual conversation as a
/// service free for settings on a pathway; the demo setting's manager then finds all three in the catalogue with
/// their own prices. Every page passes axe-core.
[Collection(SharedBrowser.Name)]
public sealed partial class OfferCatalogueJourneyTests(AscentBrowserFixture app)
{
    [Fact]
    public async Task TheLaAdministrator_PublishesThreeItems_AndTheSettingManagerSeesThemWithTheirPrices()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var meeting = $"Network meeting {suffix}";
        var course = $"Leading early language {suffix}";
        var service = $"Annual conversation {suffix}";
        await using (var session = await app.NewSessionAsync())
        {
            var page = session.Page;
            await page.SetViewportSizeAsync(1280, 800);
            await SignInTests.SignInAsync(session, "la.admin@northfield.example", "ascent-demo-2026");
            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
            await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Training", Exact = true }), "/offer$");
            await Expect(page.Locator("main")).ToContainTextAsync("Drafts");

            await OfferSteps.PublishEventAsync(app, session, meeting);
            await OfferSteps.PublishCourseAsync(app, session, course);
            await Expect(page.Locator("main")).ToContainTextAsync("16 of 16 places left");
            await OfferSteps.PublishServiceAsync(session, service);
            await Expect(page.Locator("main")).ToContainTextAsync("Free when the setting is on a support pathway; £150.00 for every other setting");
            await session.GotoAsync("/offer/terms");
        }

        await using (var session = await app.NewSessionAsync())
        {
            var page = session.Page;
            await page.SetViewportSizeAsync(1280, 800);
            await SignInTests.SignInAsync(session, "manager@littleacorns.example", "ascent-demo-2026");
            await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Training and support", Exact = true }), "/offer$");
            var rows = page.Locator("main table tbody tr");
            await Expect(rows.Filter(new() { HasText = meeting })).ToContainTextAsync("Free");
            await Expect(rows.Filter(new() { HasText = course })).ToContainTextAsync("£95.00");
            await Expect(rows.Filter(new() { HasText = service })).ToContainTextAsync(ServicePrice());
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Drafts");

            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = course }), "/offer/\\d+$");
            await Expect(page.Locator("main")).ToContainTextAsync("Free to cancel up to 14 days before the first session; after that 100% of the price.");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Book a place" })).ToBeVisibleAsync();
        }
    }

    // Free while Little Acorns is on a support pathway, full price otherwise: the demo decides, the catalogue says which.
    [GeneratedRegex("Free|£150\\.00")]
    private static partial Regex ServicePrice();
}
