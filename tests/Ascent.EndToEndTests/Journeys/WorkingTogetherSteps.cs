using System.Globalization;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Steps of issue 17's path taken from a partnership's page, by someone who runs partnerships (the Senior Improvement
/// Adviser): each starts on the partnership's page and ends back on it.
public static class WorkingTogetherSteps
{
    public const string Decision = "One transition form for every member";

    /// From a partnership's meetings page: plans two dates of a termly series (the first the fixture's today, so it can
    /// be held), sends the invitations (`invitee` gets the .ics), takes the attendance (present, apologies, absent) and
    /// minutes with two actions, and sees both actions carried into the next meeting. Ends on the meetings page.
    public static async Task PlanHoldAndMinuteATermlyMeetingAsync(AscentBrowserFixture app, BrowserSession session, string series, string invitee)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(session);
        var page = session.Page;
        var meetingsUrl = new Uri(page.Url).AbsolutePath;
        var today = app.Clock.Today;
        var next = today.AddDays(42);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Plan meetings" }), "/partnerships/\\d+/meetings/new$");
        await page.GetByLabel("Series").FillAsync(series);
        await page.GetByLabel("Termly", new() { Exact = true }).CheckAsync();
        await FillDateAsync(page, "Date1", today);
        await FillDateAsync(page, "Date2", next);
        await page.GetByLabel("Venue, for a meeting in person").FillAsync("Oakfield Primary School, the library");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Plan the meetings" }), "/partnerships/\\d+/meetings$");
        await Expect(page.GetByText("2 meetings are planned")).ToBeVisibleAsync();

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = $"{series}, {Date(today)}" }), "/meetings/\\d+$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Send the invitations" }), "/meetings/\\d+$");
        await Expect(page.GetByText("The invitations are sent to")).ToBeVisibleAsync();
        var invitation = await DemoMailFolder.WaitForAsync(app, invitee, "Subject: Invitation: " + series);
        Assert.Contains("meeting.ics", invitation, StringComparison.Ordinal);

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Take the attendance" }), "/meetings/\\d+/attendance$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Start with every member present" }), "/meetings/\\d+/attendance\\?start=present$");
        await page.Locator("input[type=radio][value=Apologies]").Nth(1).CheckAsync();
        await page.Locator("input[type=radio][value=Absent]").Nth(2).CheckAsync();
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save the attendance" }), "/meetings/\\d+(#attendance)?$");
        await Expect(page.GetByText("The attendance is recorded")).ToBeVisibleAsync();

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Write the minutes and actions" }), "/meetings/\\d+/minutes$");
        await page.GetByLabel("What was discussed").FillAsync("Members agreed how children's records move with them into Reception.");
        await page.GetByLabel("Decisions").FillAsync(Decision);
        string[] actions = ["Draft the shared transition form", "Ask each school for its Reception visit dates"];
        for (var i = 0; i < actions.Length; i++)
        {
            await page.Locator($"#Actions_{i}__What").FillAsync(actions[i]);
            await page.Locator($"#Actions_{i}__Owner").FillAsync(i == 0 ? "Gareth Lewis" : "Little Acorns Day Nursery");
        }

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save the minutes" }), "/meetings/\\d+(#minutes)?$");
        await Expect(page.GetByText("The minutes are saved")).ToBeVisibleAsync();

        await session.GotoAsync(meetingsUrl);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = $"{series}, {Date(next)}" }), "/meetings/\\d+$");
        var carried = page.Locator("#carried ~ table");
        foreach (var action in actions)
            await Expect(carried.GetByRole(AriaRole.Cell, new() { Name = action, Exact = true })).ToBeVisibleAsync();
        await session.GotoAsync(meetingsUrl);
    }

    /// The link to a meeting of the series on a day, as the meetings page names it.
    public static string MeetingName(string series, DateOnly date) => $"{series}, {Date(date)}";

    /// Writes a bulletin to the partnership from its page, sends it, and sees it reach the demo setting's manager.
    public static async Task SendABulletinToThePartnershipAsync(AscentBrowserFixture app, BrowserSession session, string title)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(session);
        var page = session.Page;
        var partnershipUrl = new Uri(page.Url).AbsolutePath;
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Send a bulletin to this partnership" }), "/bulletins/write\\?audience=partnership(:|%3A)\\d+$");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Summary").FillAsync("The locality's settings, schools and health visitors now meet every term.");
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync("Our first meeting agreed one transition form for the locality.");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }), "/bulletins/\\d+$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Send the bulletin" }), "/bulletins/\\d+$");
        await Expect(page.GetByText("The bulletin is sent")).ToBeVisibleAsync();
        await DemoMailFolder.WaitForAsync(app, "manager@littleacorns.example", "Subject: " + title);
        await session.GotoAsync(partnershipUrl);
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
