using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The demo setting manager's own tools: a self-evaluation started and one area written, and a goal in the
/// improvement plan that Ascent flags as vague. Every page is checked with axe.
[Collection(BrowserCollection.Name)]
public sealed class SettingManagerJourneyTests(AscentBrowserFixture app)
{
    [Fact]
    public async Task Journey_AsDemoSettingManager_StartsASelfEvaluation_AndAVagueGoalIsFlagged()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await SignInTests.SignInAsync(session, "manager@littleacorns.example", "ascent-demo-2026");

        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Self-evaluation" }), "/settings/\\d+/self-evaluation$");
        await Expect(heading).ToHaveTextAsync("Self-evaluation");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Start a self-evaluation" }), "/settings/\\d+/self-evaluation$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Change" }).First, "/settings/\\d+/self-evaluation/[a-z0-9-]+$");
        await page.GetByLabel("Strengths").FillAsync("Warm relationships between key persons and children.");
        await page.GetByLabel("Areas for development").FillAsync("Outdoor learning for two-year-olds.");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save" }), "/settings/\\d+/self-evaluation$");

        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Improvement plan" }), "/settings/\\d+/plan$");
        await Expect(heading).ToHaveTextAsync("Improvement plan");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Add a goal" }), "/settings/\\d+/plan/goal$");
        await page.GetByLabel("What outcome do you want?").FillAsync("Better outdoor play");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save goal" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await session.CheckPageAsync();
        await Expect(page.GetByText("No success measure").First).ToBeVisibleAsync();
        await Expect(page.GetByText("No date").First).ToBeVisibleAsync();

        // The printable plan, and the Word document it downloads.
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Improvement plan" }), "/settings/\\d+/plan$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Printable version of the plan" }), "/settings/\\d+/plan/print$");
        await Expect(page.GetByText("Better outdoor play").First).ToBeVisibleAsync();

        session.AssertNoCspViolations();
    }
}
