using System.Globalization;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The demo Senior Improvement Adviser plans two dates of a termly network meeting for the EYFS network (the first on
/// the fixture's today, so it can be held), sends the invitations (each with its .ics in the demo mail folder), takes
/// the attendance and minutes with two actions, and sees both actions carried into the next meeting; the demo
/// setting's manager then sees the meetings. A series of its own, so no other journey's data is touched. axe on
/// every page.
[Collection(SharedBrowser.Name)]
public sealed class PartnershipMeetingJourneyTests(AscentBrowserFixture app)
{
    private const string Adviser = "senior.adviser@northfield.example";
    private const string Manager = "manager@littleacorns.example";
    private const string Password = "ascent-demo-2026";
    private const string Series = "Journey network meeting";

    [Fact]
    public async Task Journey_AsSeniorAdviserAndManager_AMeetingIsPlannedInvitedHeldMinuted_AndItsActionsCarryForward()
    {
        var today = app.Clock.Today;
        var next = today.AddDays(35);
        await using var adviser = await app.NewSessionAsync();
        var page = adviser.Page;
        await SignInTests.SignInAsync(adviser, Adviser, Password);

        // From the attendance report to the network's meetings, and two dates planned on one form.
        await adviser.GotoAsync("/partnerships/attendance");
        await adviser.CheckPageAsync();
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Link, new() { Name = "Northfield EYFS network" }), "/partnerships/\\d+/meetings$");
        var meetingsUrl = new Uri(page.Url).AbsolutePath;
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Plan meetings" }), "/partnerships/\\d+/meetings/new$");
        await page.GetByLabel("Series").FillAsync(Series);
        await FillDateAsync(page, "Date1", today);
        await FillDateAsync(page, "Date2", next);
        await page.GetByLabel("Venue, for a meeting in person").FillAsync("Northfield Family Hub, Room 2");
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Plan the meetings" }), "/partnerships/\\d+/meetings$");
        await Expect(page.GetByText("2 meetings are planned")).ToBeVisibleAsync();

        // Today's meeting: invitations to the member settings' owners and managers, each with its calendar file.
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Link, new() { Name = $"{Series}, {Date(today)}" }), "/meetings/\\d+$");
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Send the invitations" }), "/meetings/\\d+$");
        await Expect(page.GetByText("The invitations are sent")).ToBeVisibleAsync();
        var invitation = await WaitForMailAsync(Manager, $"Invitation: {Series}");
        Assert.Contains("meeting.ics", invitation, StringComparison.Ordinal);

        // The attendance: everyone present but one with apologies and one absent.
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Take the attendance" }), "/meetings/\\d+/attendance$");
        var present = page.Locator("input[type=radio][value=Present]");
        for (var i = 0; i < await present.CountAsync(); i++)
            await present.Nth(i).CheckAsync();
        await page.Locator("input[type=radio][value=Apologies]").Nth(1).CheckAsync();
        await page.Locator("input[type=radio][value=Absent]").Nth(2).CheckAsync();
        await page.GetByLabel("From the local authority (optional)").FillAsync("Gareth Lewis");
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Save the attendance" }), "/meetings/\\d+(#attendance)?$");
        await Expect(page.GetByText("The attendance is recorded")).ToBeVisibleAsync();

        // The minutes, a decision and two actions.
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Write the minutes and actions" }), "/meetings/\\d+/minutes$");
        await page.GetByLabel("What was discussed").FillAsync("Members compared their approaches to early communication and language.");
        await page.GetByLabel("Decisions").FillAsync("Run a shared training day on early talk");
        string[] actions = ["Book the venue for the training day", "Share the talk audit with every member"];
        for (var i = 0; i < actions.Length; i++)
        {
            await page.Locator($"#Actions_{i}__What").FillAsync(actions[i]);
            await page.Locator($"#Actions_{i}__Owner").FillAsync(i == 0 ? "Gareth Lewis" : "Little Acorns Day Nursery");
        }

        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Save the minutes" }), "/meetings/\\d+(#minutes)?$");
        await Expect(page.GetByText("The minutes are saved")).ToBeVisibleAsync();

        // The next meeting shows both actions, carried forward.
        await adviser.GotoAsync(meetingsUrl);
        await adviser.CheckPageAsync();
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Link, new() { Name = $"{Series}, {Date(next)}" }), "/meetings/\\d+$");
        var carried = page.Locator("#carried ~ table");
        foreach (var action in actions)
            await Expect(carried.GetByRole(AriaRole.Cell, new() { Name = action, Exact = true })).ToBeVisibleAsync();

        // The manager of a member setting sees the network's meetings and the minutes.
        await using var manager = await app.NewSessionAsync();
        await SignInTests.SignInAsync(manager, Manager, Password);
        await manager.GotoAsync(meetingsUrl);
        await manager.CheckPageAsync();
        await ClickAndCheckAsync(manager, manager.Page.GetByRole(AriaRole.Link, new() { Name = $"{Series}, {Date(today)}" }), "/meetings/\\d+$");
        await Expect(manager.Page.GetByText("Run a shared training day on early talk")).ToBeVisibleAsync();
        manager.AssertNoCspViolations();
        adviser.AssertNoCspViolations();
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private Task<string> WaitForMailAsync(string to, string subjectStart) => DemoMailFolder.WaitForAsync(app, to, "Subject: " + subjectStart);
}
