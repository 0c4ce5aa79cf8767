using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

[Collection(SharedBrowser.Name)]
public sealed class SeniorAdviserJourneyTests(AscentBrowserFixture app)
{
    [Fact]
    public async Task Journey_AsDemoSeniorAdviser_AllocatesACase_AndEachSupportPageIsAccessible()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await SignInTests.SignInAsync(session, "senior.adviser@northfield.example", "ascent-demo-2026");

        // Tasks: the allocation waiting for the Senior Improvement Adviser
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Tasks" }), "/tasks$");
        await Expect(heading).ToHaveTextAsync("Your tasks");
        var allocation = page.GetByRole(AriaRole.Link, new() { Name = "Allocate the setting to an Improvement Adviser" }).First;
        await ClickAndCheckAsync(session, allocation, "/cases/\\d+/tasks/\\d+$");

        // Sent empty, the form says what is missing; then the adviser is chosen
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as done" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await page.GetByLabel("Hannah O'Connor").CheckAsync();
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Mark as done" }), "/cases/\\d+$");
        await Expect(page.GetByText("Hannah O'Connor").First).ToBeVisibleAsync();

        // Cases, the overview, pathways and their versions, school terms
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Cases" }), "/cases$");
        await Expect(heading).ToHaveTextAsync("Cases");
        await session.GotoAsync("/cases/overview");
        await Expect(heading).ToHaveTextAsync("Support overview");
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Manage", Exact = true }), "/manage$");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Pathways" }), "/pathways$");
        await ClickAndCheckAsync(session, page.Locator("main a[href^='/pathways/versions/']").First, "/pathways/versions/\\d+$");
        await session.GotoAsync("/pathways/terms");
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Cases" }), "/cases$");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Funding proposals and decisions" }), "/funding$");
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }), "/settings$");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Calibration" }), "/self-evaluation/calibration$");
        await Expect(page.Locator("main table").First).ToBeVisibleAsync();

        session.AssertNoCspViolations();
    }
}
