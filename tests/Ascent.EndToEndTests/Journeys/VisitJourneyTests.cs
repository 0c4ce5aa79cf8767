using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The demo Improvement Adviser carries Little Acorns' requires-improvement case through its visits: plans visit 1
/// (the manager's invitation lands in the demo pickup folder), records it, writes and issues the note; the manager
/// reads and acknowledges it; visit 2's note opens with the recommendations to evaluate; two cancellations by the
/// setting reach the Senior Improvement Adviser. Every page is checked with axe.
[Collection(SharedBrowser.Name)]
public sealed class VisitJourneyTests(AscentBrowserFixture app)
{
    private const string Adviser = "adviser@northfield.example";
    private const string Manager = "manager@littleacorns.example";
    private const string Password = "ascent-demo-2026";

    [Fact]
    public async Task Journey_AsDemoAdviserAndManager_AVisitIsPlannedWrittenUpIssuedAcknowledged_AndCancellationsEscalate()
    {
        var today = app.Clock.Today;
        await using var adviser = await app.NewSessionAsync();
        var page = adviser.Page;
        await SignInTests.SignInAsync(adviser, Adviser, Password);

        // From the setting to its case, and visit 1 of its plan.
        await adviser.GotoAsync("/settings?Query=Little+Acorns");
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Link, new() { Name = "Little Acorns Day Nursery" }).First, "/settings/\\d+$");
        await ClickAndCheckAsync(adviser, page.Locator("#at-a-glance").GetByRole(AriaRole.Link, new() { Name = "Requires improvement to be good" }), "/cases/\\d+$");
        var caseUrl = page.Url;
        await PlanVisitAsync(adviser, "Visit 1", today, "10am");
        await Expect(page.GetByText("The setting has been sent an invitation")).ToBeVisibleAsync();
        var invitation = await WaitForMailAsync(Manager, "Visit planned: Visit 1");
        Assert.Contains("visit.ics", invitation, StringComparison.Ordinal);

        // Held, then written up with two recommendations and three actions, and issued.
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Record as held" }), "/visits/\\d+$");
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Write the note of visit" }), "/visits/\\d+/note$");
        var noteUrl = page.Url;
        await page.GetByLabel("What was seen and discussed").FillAsync("Observed lunchtime in the two-year-old room; discussed the Ofsted actions on supervision.");
        await page.GetByLabel("Recommendation 1", new() { Exact = true }).FillAsync("Introduce termly supervision for every member of staff");
        await page.GetByLabel("Recommendation 2", new() { Exact = true }).FillAsync("Review risk assessments for the outdoor area");
        string[] actions = ["Write a supervision schedule", "Update the outdoor risk assessment", "Send the supervision template"];
        for (var i = 0; i < actions.Length; i++)
        {
            var due = today.AddDays(14 + i);
            await page.GetByLabel($"What will be done (action {i + 1})").FillAsync(actions[i]);
            await page.GetByLabel($"Who owns action {i + 1}").SelectOptionAsync(i < 2 ? "Setting" : "LocalAuthority");
            await page.Locator($"#Actions_{i}__Due").FillAsync(due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator($"#Actions_{i}__Due-month").FillAsync(due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator($"#Actions_{i}__Due-year").FillAsync(due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // The setting's first action makes a new goal of its plan when the note is issued; its second is part of none.
        await page.GetByLabel("Improvement plan goal for action 1 (the setting's actions only)").SelectOptionAsync(new SelectOptionValue { Label = "A new goal made from this action when the note is issued" });
        await page.GetByLabel("Improvement plan goal for action 2 (the setting's actions only)").SelectOptionAsync(new SelectOptionValue { Label = "Not part of the improvement plan" });
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Issue the note" }), "/visits/\\d+/note$");
        await Expect(page.GetByText("Note issued")).ToBeVisibleAsync();
        await WaitForMailAsync(Manager, "Note of visit: Visit 1");

        // The manager reads it and acknowledges it.
        await using (var manager = await app.NewSessionAsync())
        {
            await SignInTests.SignInAsync(manager, Manager, Password);
            var navigation = manager.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
            await ClickAndCheckAsync(manager, navigation.GetByRole(AriaRole.Link, new() { Name = "Visits" }), "/visits$");
            await manager.GotoAsync(new Uri(noteUrl).AbsolutePath);
            await manager.CheckPageAsync();
            await Expect(manager.Page.GetByText("Review risk assessments for the outdoor area")).ToBeVisibleAsync();
            await Expect(manager.Page.GetByRole(AriaRole.Link, new() { Name = "Write a supervision schedule", Exact = true })).ToHaveAttributeAsync("href", new Regex("^/plan-goals/\\d+$"));
            await ClickAndCheckAsync(manager, manager.Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge the note" }), "/visits/\\d+/note$");
            await Expect(manager.Page.GetByText("you have acknowledged the note")).ToBeVisibleAsync();
            manager.AssertNoCspViolations();
        }

        // Visit 2's note opens with the two recommendations to evaluate.
        await adviser.GotoAsync(new Uri(caseUrl).AbsolutePath);
        await PlanVisitAsync(adviser, "Visit 2", today, "3pm");
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Record as held" }), "/visits/\\d+$");
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Write the note of visit" }), "/visits/\\d+/note$");
        await Expect(page.GetByText("Recommendation 1: Introduce termly supervision for every member of staff")).ToBeVisibleAsync();
        await Expect(page.GetByText("Recommendation 2: Review risk assessments for the outdoor area")).ToBeVisibleAsync();

        // Visit 3 is cancelled by the setting twice in the term.
        for (var i = 0; i < 2; i++)
        {
            await adviser.GotoAsync(new Uri(caseUrl).AbsolutePath);
            await PlanVisitAsync(adviser, "Visit 3", today.AddDays(7), "10am");
            var visitUrl = new Uri(page.Url).AbsolutePath;
            await using var manager = await app.NewSessionAsync();
            await SignInTests.SignInAsync(manager, Manager, Password);
            await manager.GotoAsync(visitUrl);
            await ClickAndCheckAsync(manager, manager.Page.GetByRole(AriaRole.Button, new() { Name = "Cancel this visit" }), "/visits/\\d+/cancel$");
            await manager.Page.GetByLabel("Why is the visit cancelled?").FillAsync("The manager is off sick");
            await ClickAndCheckAsync(manager, manager.Page.GetByRole(AriaRole.Button, new() { Name = "Cancel the visit" }), "/visits/\\d+$");
            await Expect(manager.Page.GetByText("booked again")).ToBeVisibleAsync();
        }

        await using (var senior = await app.NewSessionAsync())
        {
            await SignInTests.SignInAsync(senior, "senior.adviser@northfield.example", Password);
            await senior.GotoAsync("/tasks");
            await senior.CheckPageAsync();
            await Expect(senior.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("The setting has cancelled 2 visits") }).First).ToBeVisibleAsync();
        }

        adviser.AssertNoCspViolations();
    }

    // From the case page: the visit task, "Plan this visit", the form filled in and sent.
    private static async Task PlanVisitAsync(BrowserSession session, string visit, DateOnly on, string time)
    {
        var page = session.Page;
        var openTasks = page.GetByRole(AriaRole.Table, new() { Name = "Open tasks" });
        await ClickAndCheckAsync(session, openTasks.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + visit + "\\b") }), "/cases/\\d+/tasks/\\d+$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Plan this visit" }), "/settings/\\d+/visits/new\\?task=\\d+$");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync(visit);
        await page.Locator("#Schedule_Date").FillAsync(on.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Schedule_Date-month").FillAsync(on.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Schedule_Date-year").FillAsync(on.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync(time);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Plan the visit and invite the setting" }), "/visits/\\d+$");
    }

    // The outbox delivers in the background: wait for the .eml in the demo pickup folder.
    private Task<string> WaitForMailAsync(string to, string subjectStart) => DemoMailFolder.WaitForAsync(app, to, "Subject: " + subjectStart);
}
