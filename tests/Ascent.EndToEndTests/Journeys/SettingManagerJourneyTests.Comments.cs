using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The local authority's advisers comment on the plan and the self-evaluation, and compare it with the inspection.
public sealed partial class SettingManagerJourneyTests
{
    /// The Improvement Adviser comments on the goal and on an area of the finished self-evaluation.
    private async Task AdviserCommentsOnTheGoalAndAnAreaAsync(int settingId, List<string> areaNames)
    {
        await using (var adviser = await app.NewSessionAsync())
        {
            var adviserPage = adviser.Page;
            await SignInTests.SignInAsync(adviser, Adviser, Password);
            await adviser.GotoAsync($"/settings/{settingId.ToString(CultureInfo.InvariantCulture)}");
            await Expect(adviserPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Little Acorns Day Nursery");
            var main = adviserPage.Locator("main");
            await ClickAndCheckAsync(adviser, main.GetByRole(AriaRole.Link, new() { Name = "Improvement plan", Exact = true }), "/settings/\\d+/plan$");
            await ClickAndCheckAsync(adviser, main.GetByRole(AriaRole.Link, new() { Name = SmartOutcome }), "/plan-goals/\\d+$");
            await Expect(adviserPage.GetByText(ProgressNote)).ToBeVisibleAsync();
            await adviserPage.GetByLabel("Add a comment for the setting").FillAsync(AdviserGoalComment);
            await SubmitAndCheckAsync(adviser, adviserPage.GetByRole(AriaRole.Button, new() { Name = "Add comment" }), "Comment added. The setting can see it.");
            await Expect(adviserPage.GetByText(AdviserGoalComment)).ToBeVisibleAsync();
            await Expect(adviserPage.GetByText("(local authority comment)")).ToBeVisibleAsync();

            await ClickAndCheckAsync(adviser, adviserPage.GetByRole(AriaRole.Link, new() { Name = "Back to the improvement plan" }), "/settings/\\d+/plan$");
            await ClickAndCheckAsync(adviser, adviserPage.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Back to Little Acorns") }), "/settings/\\d+$");
            await ClickAndCheckAsync(adviser, main.GetByRole(AriaRole.Link, new() { Name = "Self-evaluation", Exact = true }), "/settings/\\d+/self-evaluation$");
            // The snapshot of the self-evaluation just finished: the latest column of the grades table.
            await ClickAndCheckAsync(adviser, main.Locator("table thead a[href^='/self-evaluations/']").Last, "/self-evaluations/\\d+$");
            await Expect(adviserPage.Locator("q", new() { HasText = VoiceAnswers[0] })).ToBeVisibleAsync();
            await adviserPage.GetByLabel($"Comment on {areaNames[0]} for the setting").FillAsync(AdviserAreaComment);
            await SubmitAndCheckAsync(adviser, adviserPage.GetByRole(AriaRole.Button, new() { Name = $"Add comment on {areaNames[0]}" }), "Comment added. The setting can see it.");
            await Expect(adviserPage.GetByText(AdviserAreaComment)).ToBeVisibleAsync();
            adviser.AssertNoCspViolations();
        }
    }

    /// The manager is told, and reads both comments.
    private static async Task ManagerReadsTheCommentsAsync(BrowserSession session, List<string> areaNames, string smartGoalPath)
    {
        var page = session.Page;
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Home" }), "/$");
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Notifications \\(\\d+\\)$") }), "/notifications$");
        var goalNotification = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("commented on your improvement plan goal: " + Regex.Escape(SmartOutcome) + "$") });
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("commented on " + Regex.Escape(areaNames[0]) + " in your self-evaluation\\.$") })).ToBeVisibleAsync();
        await ClickAndCheckAsync(session, goalNotification, Regex.Escape(smartGoalPath) + "$");
        await Expect(page.GetByText(AdviserGoalComment)).ToBeVisibleAsync();
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Notifications") }), "/notifications$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("commented on " + Regex.Escape(areaNames[0]) + " in your self-evaluation\\.$") }), "/self-evaluations/\\d+#area-[a-z0-9-]+$");
        await Expect(page.GetByText(AdviserAreaComment)).ToBeVisibleAsync();
        session.AssertNoCspViolations();
    }

    /// The LA's calibration: the setting's grades against its latest inspection, area by area.
    private async Task SeniorAdviserCalibratesAsync(int settingId, List<string> areaNames)
    {
        var areaCount = areaNames.Count;
        await using (var senior = await app.NewSessionAsync())
        {
            var seniorPage = senior.Page;
            await SignInTests.SignInAsync(senior, SeniorAdviser, Password);
            var seniorNavigation = seniorPage.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
            await ClickAndCheckAsync(senior, seniorNavigation.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }), "/settings$");
            await ClickAndCheckAsync(senior, seniorPage.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Calibration" }), "/self-evaluation/calibration$");
            await Expect(seniorPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("How settings' self-evaluations compare with their inspections");
            var byArea = seniorPage.GetByRole(AriaRole.Table, new() { Name = "Settings by area" }).First;
            await Expect(byArea.Locator("tbody tr[data-area]")).ToHaveCountAsync(areaCount);
            foreach (var name in areaNames)
                await Expect(byArea.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true })).ToBeVisibleAsync();
            var settings = seniorPage.GetByRole(AriaRole.Table, new() { Name = "Settings and their differences" }).First;
            Assert.True(await settings.Locator("tbody tr").CountAsync() > 1, "The demo data should compare several settings.");
            var littleAcorns = settings.Locator($"tbody tr[data-setting='{settingId.ToString(CultureInfo.InvariantCulture)}']");
            await Expect(littleAcorns).ToHaveCountAsync(1);
            await Expect(littleAcorns).ToContainTextAsync("Little Acorns Day Nursery");
            await ClickAndCheckAsync(senior, littleAcorns.GetByRole(AriaRole.Link, new() { Name = "Little Acorns Day Nursery" }), "/settings/\\d+/self-evaluation#calibration$");
            await Expect(seniorPage.GetByRole(AriaRole.Table, new() { Name = "Your grades and the inspection's" }).Locator("tbody tr")).ToHaveCountAsync(areaCount);
            senior.AssertNoCspViolations();
        }
    }
}
