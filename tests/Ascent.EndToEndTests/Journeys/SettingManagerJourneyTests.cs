using System.Globalization;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The self-evaluation and improvement plan, end to end. The demo setting manager evaluates every area with evidence
/// (one piece uploaded, then reused for a second area), asks two parents and a member of staff, whose answers through
/// their one-time links appear beside the area, and finishes it. In the plan, the last inspection's actions become
/// goals, a vague goal is flagged and a SMART one is not, and the SMART goal gets progress, is achieved and reviewed
/// for impact; the Word plan is downloaded and opened. The demo Improvement Adviser comments on the goal and on an
/// area, and the manager is told. The Senior Improvement Adviser's calibration page compares the setting's grades
/// with its inspection, area by area. Every page, the anonymous ones too, is checked with axe.
[Collection(SharedBrowser.Name)]
public sealed partial class SettingManagerJourneyTests(AscentBrowserFixture app)
{
    private const string Manager = "manager@littleacorns.example";
    private const string Adviser = "adviser@northfield.example";
    private const string SeniorAdviser = "senior.adviser@northfield.example";
    private const string Password = "ascent-demo-2026";

    private const string EvidenceTitle = "Parent survey, autumn term";
    private const string VagueOutcome = "Better outdoor play";
    private const string SmartOutcome = "Every member of staff has a recorded supervision each term";
    private const string ProgressNote = "Supervision schedule written and shared with the staff team.";
    private const string AdviserGoalComment = "Good progress: bring the supervision records to our next visit.";
    private const string AdviserAreaComment = "Your evidence for this area is strong; the parent survey is a good source.";

    private static readonly string[] VoiceAnswers =
    [
        "My daughter is always happy to come in, and the staff tell me what she has done each day.",
        "The key person knows my son well and the setting feels safe and welcoming.",
        "We talk about safeguarding at every staff meeting and I know whom to go to.",
    ];

    [Fact]
    public async Task Journey_AsDemoSettingManagerAndAdvisers_SelfEvaluationWithVoices_SmartPlan_WordDocument_CommentsAndCalibration()
    {
        var today = app.Clock.Today;
        await using var manager = await app.NewSessionAsync();
        await SignInTests.SignInAsync(manager, Manager, Password);

        var (settingId, areaNames) = await EvaluateEveryAreaAsync(manager, today);
        await AskParentsAndStaffAsync(manager, settingId, areaNames);
        await FinishTheSelfEvaluationAsync(manager, areaNames.Count);
        var smartGoalPath = await PlanGoalsAsync(manager, today);
        await DownloadThePlanAsync(manager);
        await AdviserCommentsOnTheGoalAndAnAreaAsync(settingId, areaNames);
        await ManagerReadsTheCommentsAsync(manager, areaNames, smartGoalPath);
        await SeniorAdviserCalibratesAsync(settingId, areaNames);
    }

    /// A form that posts back to the page it is on: waits for the page after it (its success banner), then checks it.
    private static async Task SubmitAndCheckAsync(BrowserSession session, ILocator button, string banner)
    {
        await button.ClickAsync();
        await Expect(session.Page.Locator(".govuk-notification-banner", new() { HasText = banner })).ToBeVisibleAsync();
        await session.CheckPageAsync();
    }

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
