using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The setting manager's improvement plan.
public sealed partial class SettingManagerJourneyTests
{
    /// The improvement plan: the inspection's actions become goals, a vague goal is flagged and a SMART one is not, and
    /// the SMART goal gets progress, is achieved and reviewed for impact. Returns the SMART goal's path.
    private static async Task<string> PlanGoalsAsync(BrowserSession session, DateOnly today)
    {
        var page = session.Page;
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Improvement plan" }), "/settings/\\d+/plan$");
        await Expect(heading).ToHaveTextAsync("Improvement plan");
        var fromInspection = page.GetByRole(AriaRole.Button, new() { Name = "Turn the last inspection's actions into goals" });
        if (await fromInspection.CountAsync() > 0)
        {
            await fromInspection.ClickAsync();
            await Expect(page.GetByText(new Regex("^\\d+ goals? added from the inspection$"))).ToBeVisibleAsync();
            await session.CheckPageAsync();
        }

        await Expect(fromInspection).ToHaveCountAsync(0);
        var openGoals = page.GetByRole(AriaRole.Table, new() { Name = "Open goals" });
        await Expect(openGoals.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Ensure that all staff receive regular supervision") })).ToBeVisibleAsync();
        await Expect(openGoals.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Plan a curriculum for two-year-olds") })).ToBeVisibleAsync();
        await Expect(openGoals.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Make better use of the outdoor area") })).ToBeVisibleAsync();
        await ClickAndCheckAsync(session, openGoals.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Ensure that all staff receive regular supervision") }), "/plan-goals/\\d+$");
        await Expect(page.GetByText(new Regex("^Action from the inspection of .*: Ensure that all staff"))).ToBeVisibleAsync();
        // Made already linked to the area of the framework the action concerns.
        await Expect(page.Locator(".govuk-summary-list__value", new() { HasText = "Leadership and governance" })).ToHaveCountAsync(1);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Back to the improvement plan" }), "/settings/\\d+/plan$");

        // A vague goal: Ascent says what it lacks.
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Add a goal" }), "/settings/\\d+/plan/goal$");
        await page.GetByLabel("What outcome do you want?").FillAsync(VagueOutcome);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save goal" }), "/plan-goals/\\d+$");
        var smartWarning = page.Locator(".govuk-warning-text", new() { HasText = "To make this goal SMART" });
        await Expect(smartWarning).ToBeVisibleAsync();
        await Expect(smartWarning).ToContainTextAsync("No success measure");
        await Expect(smartWarning).ToContainTextAsync("No date");
        await Expect(smartWarning).ToContainTextAsync("No one responsible");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Back to the improvement plan" }), "/settings/\\d+/plan$");
        var vagueRow = openGoals.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = VagueOutcome, Exact = true }) });
        await Expect(vagueRow).ToContainTextAsync("No success measure");
        await Expect(vagueRow).ToContainTextAsync("No date");

        // A SMART goal: measurable, dated, with a step someone owns. No flags.
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Add a goal" }), "/settings/\\d+/plan/goal$");
        await page.GetByLabel("What is the issue?").FillAsync("Supervision is irregular and not recorded, as the inspector found.");
        await page.GetByLabel("What outcome do you want?").FillAsync(SmartOutcome);
        var area = page.GetByLabel("Which area of the framework is it about?");
        if (await area.Locator("option", new() { HasText = "Leadership and governance" }).CountAsync() > 0)
            await area.SelectOptionAsync(new SelectOptionValue { Label = "Leadership and governance" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Priority" }).GetByLabel("High", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("How will you know you have got there?").FillAsync("All 12 staff have a supervision record dated this term, checked by the manager.");
        await FillDateAsync(page, "ByWhen", today.AddDays(90));
        await page.Locator("#Steps_0__Text").FillAsync("Write a termly supervision schedule");
        await page.Locator("#Steps_0__Owner").FillAsync("Priya Shah, manager");
        await FillDateAsync(page, "Steps_0__Due", today.AddDays(30));
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save goal" }), "/plan-goals/\\d+$");
        await Expect(heading).ToHaveTextAsync(SmartOutcome);
        await Expect(page.GetByText("Goal added to the plan")).ToBeVisibleAsync();
        await Expect(page.GetByText("To make this goal SMART")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Write a termly supervision schedule" })).ToBeVisibleAsync();
        var smartGoalPath = new Uri(page.Url).AbsolutePath;

        // Progress, then achieved, then its impact reviewed.
        await page.GetByLabel("Add a progress note").FillAsync(ProgressNote);
        await SubmitAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Add progress note" }), "Progress note added");
        await Expect(page.GetByText(ProgressNote)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Where is this goal now?" }).GetByLabel("Achieved", new() { Exact = true }).CheckAsync();
        await SubmitAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save status" }), "Status saved");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Impact review" })).ToBeVisibleAsync();
        await page.GetByLabel("What difference did it make?").FillAsync("Staff say supervision helps them; practice in the two-year-old room has improved.");
        await page.GetByLabel("For which children?").FillAsync("The two-year-olds in the Rainbow room.");
        await page.GetByLabel("What is the evidence?").FillAsync("Supervision records and two room observations.");
        await SubmitAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save impact review" }), "Impact review saved");
        await Expect(page.GetByLabel("What difference did it make?")).ToHaveValueAsync("Staff say supervision helps them; practice in the two-year-old room has improved.");
        return smartGoalPath;
    }

    /// The plan as a Word document, and its printable version.
    private static async Task DownloadThePlanAsync(BrowserSession session)
    {
        var page = session.Page;
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Back to the improvement plan" }), "/settings/\\d+/plan$");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = SmartOutcome })).ToBeVisibleAsync(); // among the closed goals
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Download the plan as a Word document") }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var documentPath = Path.Combine(Path.GetTempPath(), $"ascent-plan-{Guid.NewGuid():N}.docx");
        try
        {
            await download.SaveAsAsync(documentPath);
            using var document = WordprocessingDocument.Open(documentPath, isEditable: false);
            var text = document.MainDocumentPart?.Document?.Body?.InnerText ?? "";
            Assert.Contains(SmartOutcome, text, StringComparison.Ordinal);
            Assert.Contains("Ensure that all staff receive regular supervision", text, StringComparison.Ordinal);
            Assert.Contains("Little Acorns Day Nursery", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(documentPath);
        }

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Printable version of the plan" }), "/settings/\\d+/plan/print$");
        await Expect(page.GetByText(SmartOutcome).First).ToBeVisibleAsync();
        await Expect(page.GetByText(VagueOutcome).First).ToBeVisibleAsync();
    }
}
