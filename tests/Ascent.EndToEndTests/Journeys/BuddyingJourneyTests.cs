using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Issue 17's buddying, on the demo: the Senior Improvement Adviser opens a requires-improvement setting (the last of
/// the register's first page of them, which no other journey pairs; Little Acorns is left for the reader), finds it a
/// buddy among Ascent's suggestions, each with its reason, pairs it with the first, and sees on the pairing's page why
/// it was suggested; then the Improvement Adviser finds the pairing in the LA's list. Every page passes axe-core, the
/// CSP and the code scan (CheckPageAsync).
[Collection(SharedBrowser.Name)]
public sealed class BuddyingJourneyTests(AscentBrowserFixture app)
{
    [Fact]
    public async Task TheSeniorAdviser_PairsARequiresImprovementSetting_WithASuggestedBuddy_AndTheAdviserSeesIt()
    {
        string setting;
        string pairing;
        await using (var session = await app.NewSessionAsync())
        {
            var page = session.Page;
            await page.SetViewportSizeAsync(1280, 800);
            await SignInTests.SignInAsync(session, "senior.adviser@northfield.example", "ascent-demo-2026");
            var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
            await Expect(heading).ToHaveTextAsync(new Regex("^Welcome, "));

            // A requires-improvement setting of the register, and its page.
            await session.GotoAsync("/settings?Filter.Standing=requires-improvement");
            var link = page.Locator("main table tbody tr").Last.Locator("a").First;
            setting = (await link.InnerTextAsync()).Trim();
            await ClickAndCheckAsync(session, link, "/settings/\\d+$");
            await Expect(heading).ToHaveTextAsync(setting);

            // Find a buddy: Ascent's suggestions, each with its reason.
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Find a buddy" }).Or(page.GetByRole(AriaRole.Button, new() { Name = "Find a buddy" })).First, "/buddying/new\\?setting=\\d+$");
            await Expect(heading).ToHaveTextAsync($"Find a buddy for {setting}");
            var suggestions = page.Locator("main .app-suggestion");
            await Expect(suggestions.First).ToBeVisibleAsync();
            var count = await suggestions.CountAsync();
            Assert.InRange(count, 1, 5);
            for (var i = 0; i < count; i++)
                await Expect(suggestions.Nth(i).Locator("p")).ToHaveTextAsync(new Regex("\\(inspected \\d{1,2} \\w+ \\d{4}\\); same (locality, |postcode district |postcode area ).+; buddying (no one|\\d+ settings?) now$"));
            var first = suggestions.First;
            var buddy = (await first.Locator("h3").InnerTextAsync()).Trim();
            var reason = (await first.Locator("p").InnerTextAsync()).Trim();

            // A pairing needs to say what it is for: sent without, then with.
            await ClickAndCheckAsync(session, first.GetByRole(AriaRole.Button, new() { Name = $"Pair with {buddy}" }), "/buddying/new\\?setting=\\d+$");
            await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
            await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what the pairing is for");
            await page.GetByLabel("What is the pairing for?").FillAsync("To plan the curriculum together and share how the lead setting supervises its staff.");
            await ClickAndCheckAsync(session, page.Locator("main .app-suggestion").First.GetByRole(AriaRole.Button, new() { Name = $"Pair with {buddy}" }), "/buddying/\\d+$");
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{buddy} is proposed as {setting}'s buddy");
            await Expect(heading).ToHaveTextAsync($"{setting} and {buddy}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Why Ascent suggested this buddy" })).ToBeVisibleAsync();
            await Expect(page.Locator("main .govuk-inset-text")).ToHaveTextAsync(reason);
            pairing = new Uri(page.Url).AbsolutePath;

            // Both sides agree, and the first visit is planned.
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Both sides agree: start the pairing" }), "/buddying/\\d+$");
            await Expect(page.Locator("main .govuk-summary-list").First).ToContainTextAsync("Active");
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Plan a visit" }).Or(page.GetByRole(AriaRole.Button, new() { Name = "Plan a visit" })).First, "/buddying/\\d+/visits/new$");
            var date = page.GetByRole(AriaRole.Group, new() { Name = "Date of the visit" });
            await date.GetByLabel("Day").FillAsync("14");
            await date.GetByLabel("Month").FillAsync("12");
            await date.GetByLabel("Year").FillAsync("2026");
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Plan the visit" }), "/buddying/\\d+");
            await Expect(page.Locator("main table")).ToContainTextAsync("14 December 2026");
        }

        // The Improvement Adviser finds the pairing in the LA's list, and why its buddy was suggested.
        await using var adviser = await app.NewSessionAsync();
        var adviserPage = adviser.Page;
        await adviserPage.SetViewportSizeAsync(1280, 800);
        await SignInTests.SignInAsync(adviser, "adviser@northfield.example", "ascent-demo-2026");
        await adviser.GotoAsync("/buddying");
        await Expect(adviserPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Buddying");
        await ClickAndCheckAsync(adviser, adviserPage.Locator($"main a[href='{pairing}']"), "/buddying/\\d+$");
        await Expect(adviserPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(setting);
        await Expect(adviserPage.GetByRole(AriaRole.Heading, new() { Name = "Why Ascent suggested this buddy" })).ToBeVisibleAsync();
    }
}
