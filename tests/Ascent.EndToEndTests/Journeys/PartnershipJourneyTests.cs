using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Issue 17's first steps on the demo, as the Senior Improvement Adviser: opens Partnerships from the menu, turns
/// Little Acorns' locality grouping into a partnership (read off its page), adds two schools and a health visiting
/// team as partners and sees them on the partnership's page; then the demo setting's manager sees the partnership
/// and its members. Then, on the new partnership, the rest of issue 17's path: a termly meeting planned and invited
/// (the .ics in the demo mail folder), its attendance and minutes with two actions carried into the next meeting, and
/// a bulletin sent to the partnership, which the manager sees with the meetings. The only journey that turns a
/// locality into a partnership. Every page passes axe-core.
[Collection(SharedBrowser.Name)]
public sealed class PartnershipJourneyTests(AscentBrowserFixture app)
{
    private static readonly string[] Partners = ["Oakfield Primary School", "Brook Lane Infant School", "Locality Health Visiting Team"];

    private const string Bulletin = "Our locality partnership has begun";

    private const string Series = "Termly locality network";

    [Fact]
    public async Task TheSeniorAdviser_MakesALocalityPartnership_WithPartners_AndTheSettingManagerSeesIt()
    {
        string locality;
        await using (var session = await app.NewSessionAsync())
        {
            var page = session.Page;
            await page.SetViewportSizeAsync(1280, 800);
            await SignInTests.SignInAsync(session, "senior.adviser@northfield.example", "ascent-demo-2026");
            var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

            // Little Acorns' locality grouping, from its page.
            await session.GotoAsync("/settings?Query=Little+Acorns");
            await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Little Acorns Day Nursery" }).First, "/settings/\\d+$");
            locality = (await page.Locator(".govuk-summary-list__row", new() { HasText = "Locality partnership" }).Locator(".govuk-summary-list__value").InnerTextAsync()).Trim();
            Assert.StartsWith("Northfield ", locality, StringComparison.Ordinal);

            await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Partnerships" }), "/partnerships$");
            await Expect(heading).ToHaveTextAsync("Partnerships");
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Make a partnership from a locality" }), "/partnerships/localities$");
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = $"Make a partnership of {locality}" }), "/partnerships/\\d+$");
            await Expect(heading).ToHaveTextAsync(locality);
            await Expect(page.Locator("main")).ToContainTextAsync("Little Acorns Day Nursery");

            foreach (var (name, type) in new[] { (Partners[0], "School"), (Partners[1], "School"), (Partners[2], "Health visiting") })
            {
                await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Add a partner (a school, health visiting, another service)" }), "/partnerships/\\d+/members/partner$");
                await page.GetByLabel("Partner's name").FillAsync(name);
                await page.GetByLabel(type, new() { Exact = true }).CheckAsync();
                await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Alex Contact");
                await page.GetByLabel("E-mail address").FillAsync("alex@" + name.Split(' ')[0].ToLowerInvariant() + ".example");
                await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Add the partner" }), "/partnerships/\\d+(#members)?$");
                await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is now a member");
            }

            foreach (var name in Partners)
                await Expect(page.Locator("main table")).ToContainTextAsync(name);

            // The rest of the path, from the new partnership's page: a termly meeting, its minutes, and a bulletin.
            var partnershipUrl = new Uri(page.Url).AbsolutePath;
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Meetings, minutes and actions" }), "/partnerships/\\d+/meetings$");
            await WorkingTogetherSteps.PlanHoldAndMinuteATermlyMeetingAsync(app, session, Series, "alex@oakfield.example");
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = locality, Exact = true }), "/partnerships/\\d+$");
            Assert.EndsWith(partnershipUrl, page.Url, StringComparison.Ordinal);
            await WorkingTogetherSteps.SendABulletinToThePartnershipAsync(app, session, Bulletin);
        }

        await using (var manager = await app.NewSessionAsync())
        {
            var page = manager.Page;
            await page.SetViewportSizeAsync(1280, 800);
            await SignInTests.SignInAsync(manager, "manager@littleacorns.example", "ascent-demo-2026");
            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
            await ClickAndCheckAsync(manager, navigation.GetByRole(AriaRole.Link, new() { Name = "Partnerships" }), "/partnerships$");
            await Expect(page.Locator("main")).ToContainTextAsync("Northfield EYFS network");
            await ClickAndCheckAsync(manager, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = locality, Exact = true }), "/partnerships/\\d+$");
            foreach (var name in Partners)
                await Expect(page.Locator("main table")).ToContainTextAsync(name);
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Open support");

            // The manager sees the partnership's meetings and minutes, and the bulletin on her home page.
            await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Meetings, minutes and actions" }), "/partnerships/\\d+/meetings$");
            await Expect(page.Locator("main")).ToContainTextAsync(Series);
            await ClickAndCheckAsync(manager, navigation.GetByRole(AriaRole.Link, new() { Name = "Home" }), "/$");
            await Expect(page.Locator("#bulletins + ul")).ToContainTextAsync(Bulletin);
            await ClickAndCheckAsync(manager, page.Locator("#bulletins + ul").GetByRole(AriaRole.Link, new() { Name = Bulletin }), "/bulletins/\\d+$");
            manager.AssertNoCspViolations();
        }

    }
}
