using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Issue 18's complaint on the demo: the setting manager records a complaint about an officer from the setting's home;
/// the named manager of Improvement and Standards gets the e-mail (in the demo mail folder), acknowledges and answers
/// it within the deadline, and sees it on time in the register. Every page passes axe-core.
[Collection(SharedBrowser.Name)]
public sealed class ComplaintJourneyTests(AscentBrowserFixture app)
{
    private const string What = "The senior adviser's feedback at the network meeting named our setting in front of others.";

    [Fact]
    public async Task ASettingsComplaint_ReachesTheNamedManager_AndIsAnsweredOnTime()
    {
        string path;
        await using (var session = await app.NewSessionAsync())
        {
            await SignInTests.SignInAsync(session, "manager@littleacorns.example", "ascent-demo-2026");
            path = await ComplaintSteps.RecordAboutAnOfficerAsync(app, session, "Gareth Lewis (Senior Improvement Adviser)", "Improvement and Standards", What);
        }

        var mail = await DemoMailFolder.WaitForAsync(app, "manager@northfield.example", "Subject: Complaint for Improvement and Standards");
        Assert.Contains("Gareth Lewis", mail, StringComparison.Ordinal);

        await using (var manager = await app.NewSessionAsync())
        {
            await SignInTests.SignInAsync(manager, "manager@northfield.example", "ascent-demo-2026");
            await ClickAndCheckAsync(manager, manager.Page.GetByRole(AriaRole.Link, new() { Name = "Compliments and complaints" }), "/complaints$");
            await ClickAndCheckAsync(manager, manager.Page.Locator($"a[href='{path}']"), "/complaints/\\d+$");
            await ComplaintSteps.AcknowledgeAndAnswerAsync(manager, "We have spoken to the adviser: feedback about a setting is given to the setting alone.", "Upheld");
            await ClickAndCheckAsync(manager, manager.Page.GetByRole(AriaRole.Link, new() { Name = "Compliments and complaints" }).First, "/complaints$");
            var row = manager.Page.Locator("tr", new() { Has = manager.Page.Locator($"a[href='{path}']") });
            await Expect(row).ToContainTextAsync("On time");
        }
    }
}
