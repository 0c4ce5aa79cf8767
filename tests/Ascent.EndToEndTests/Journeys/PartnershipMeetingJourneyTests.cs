using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The demo Senior Improvement Adviser reaches the EYFS network's meetings from the attendance report, plans two dates
/// of a termly meeting (the first on the fixture's today, so it can be held), sends the invitations (the demo setting's
/// manager gets the .ics), takes the attendance and minutes with two actions, and sees both actions carried into the
/// next meeting; the manager then sees the meetings and the minutes. A series of its own, so no other journey's data is
/// touched. axe on every page.
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
        await using var adviser = await app.NewSessionAsync();
        var page = adviser.Page;
        await SignInTests.SignInAsync(adviser, Adviser, Password);
        await adviser.GotoAsync("/partnerships/attendance");
        await adviser.CheckPageAsync();
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Link, new() { Name = "Northfield EYFS network" }), "/partnerships/\\d+/meetings$");
        var meetingsUrl = new Uri(page.Url).AbsolutePath;
        await WorkingTogetherSteps.PlanHoldAndMinuteATermlyMeetingAsync(app, adviser, Series, Manager);

        // The manager of a member setting sees the network's meetings and the minutes.
        await using var manager = await app.NewSessionAsync();
        await SignInTests.SignInAsync(manager, Manager, Password);
        await manager.GotoAsync(meetingsUrl);
        await manager.CheckPageAsync();
        await ClickAndCheckAsync(manager, manager.Page.GetByRole(AriaRole.Link, new() { Name = WorkingTogetherSteps.MeetingName(Series, app.Clock.Today) }), "/meetings/\\d+$");
        await Expect(manager.Page.GetByText(WorkingTogetherSteps.Decision)).ToBeVisibleAsync();
        manager.AssertNoCspViolations();
        adviser.AssertNoCspViolations();
    }
}
