using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
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
public sealed class SettingManagerJourneyTests(AscentBrowserFixture app)
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
        var page = manager.Page;
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await SignInTests.SignInAsync(manager, Manager, Password);

        // --- The self-evaluation: one in progress (started here, or left by another test) ----------------------------
        await ClickAndCheckAsync(manager, navigation.GetByRole(AriaRole.Link, new() { Name = "Self-evaluation" }), "/settings/\\d+/self-evaluation$");
        await Expect(heading).ToHaveTextAsync("Self-evaluation");
        var settingId = int.Parse(Regex.Match(page.Url, "/settings/(\\d+)/").Groups[1].Value, CultureInfo.InvariantCulture);
        var start = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Start (a|the next) self-evaluation$") });
        if (await start.CountAsync() > 0)
        {
            await start.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Finish this self-evaluation" })).ToBeVisibleAsync();
            await manager.CheckPageAsync();
        }

        var changeLinks = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change ") });
        var areaCount = await changeLinks.CountAsync();
        Assert.True(areaCount >= 2, $"Expected a self-evaluation with several areas, found {areaCount}.");
        var areaNames = new List<string>();
        foreach (var key in await page.Locator("main .govuk-summary-list__key").AllInnerTextsAsync())
            areaNames.Add(key.Trim());
        Assert.Equal(areaCount, areaNames.Count);

        for (var i = 0; i < areaCount; i++)
        {
            await ClickAndCheckAsync(manager, changeLinks.Nth(i), "/settings/\\d+/self-evaluation/[a-z0-9-]+$");
            await Expect(heading).ToHaveTextAsync(areaNames[i]);

            if (i == 0)
            {
                // New evidence, with a file, for the first area.
                await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Add new evidence" }), "/settings/\\d+/evidence/item\\?area=\\d+$");
                await page.GetByLabel("Title").FillAsync(EvidenceTitle);
                await page.GetByLabel("What does it show?").FillAsync("Parents say their children feel safe and settled.");
                await FillDateAsync(page, "GatheredOn", today.AddDays(-7));
                await page.GetByLabel("Attach a file (optional)").SetInputFilesAsync(new FilePayload
                {
                    Name = "parent-survey.txt",
                    MimeType = "text/plain",
                    Buffer = Encoding.UTF8.GetBytes("Parent survey results: 24 of 26 parents say their child feels safe.\n"),
                });
                await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Save evidence" }), "/settings/\\d+/self-evaluation/[a-z0-9-]+$");
                await Expect(page.GetByText($"Evidence added for the self-evaluation area “{areaNames[0]}”")).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = EvidenceTitle })).ToBeVisibleAsync();
            }
            else if (i == 1)
            {
                // The same evidence chosen again for the second area.
                await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Choose evidence you already have" }), "/settings/\\d+/evidence\\?area=\\d+$");
                await Expect(heading).ToHaveTextAsync("Choose evidence");
                var use = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Use this for .*: " + Regex.Escape(EvidenceTitle) + "$") });
                await ClickAndCheckAsync(manager, use.First, "/settings/\\d+/self-evaluation/[a-z0-9-]+$");
                await Expect(page.GetByText($"“{EvidenceTitle}” is now evidence for")).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = EvidenceTitle })).ToBeVisibleAsync();
            }

            await page.GetByLabel("Strengths").FillAsync($"Strengths in {areaNames[i].ToLowerInvariant()}: warm relationships between key persons and children.");
            await page.GetByLabel("Evidence", new() { Exact = true }).FillAsync("Room observations and the parent survey.");
            await page.GetByLabel("Areas for development").FillAsync($"Next in {areaNames[i].ToLowerInvariant()}: outdoor learning for two-year-olds.");
            var grades = page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^How would you grade yourself") });
            var expected = grades.GetByRole(AriaRole.Radio, new() { Name = "Expected standard", Exact = true });
            await (await expected.CountAsync() > 0 ? expected : grades.GetByRole(AriaRole.Radio).Nth(1)).CheckAsync();
            await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Save" }), "/settings/\\d+/self-evaluation$");
            await Expect(page.GetByText($"{areaNames[i]} saved")).ToBeVisibleAsync();
        }

        await Expect(page.GetByText("(not started)")).ToHaveCountAsync(0);

        // --- Two parents and a member of staff, each through their own one-time link -----------------------------------
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Ask parents and staff for their views" }), "/settings/\\d+/self-evaluation/voices$");
        await Expect(heading).ToHaveTextAsync("Parents' and staff's views");
        var links = new List<string>();
        (string Audience, string Note)[] asked = [("A parent or carer", "Parent of Ava (Rainbow room)"), ("A parent or carer", "Parent of Noah (Sunshine room)"), ("A member of staff", "Key person, Rainbow room")];
        foreach (var (audience, note) in asked)
        {
            await page.GetByLabel(audience, new() { Exact = true }).CheckAsync();
            await page.GetByLabel("A note of whom you are asking (optional)").FillAsync(note);
            await page.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
            await Expect(page.Locator("#voice-link")).ToBeVisibleAsync();
            await manager.CheckPageAsync();
            await Expect(page.GetByText("Link made")).ToBeVisibleAsync();
            var link = (await page.Locator("#voice-link").InnerTextAsync()).Trim();
            Assert.StartsWith(app.BaseUrl + "/voices/", link, StringComparison.Ordinal);
            Assert.DoesNotContain(link, links);
            links.Add(link);
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = note, Exact = true })).ToBeVisibleAsync();
        }

        for (var i = 0; i < links.Count; i++)
        {
            // No account, no cookies: a fresh browser context for each person.
            await using var respondent = await app.NewSessionAsync();
            var answerPage = respondent.Page;
            await respondent.GotoAsync(links[i]);
            await Expect(answerPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Your views on Little Acorns"));
            await answerPage.GetByLabel(areaNames[0], new() { Exact = true }).FillAsync(VoiceAnswers[i]);
            await answerPage.GetByLabel("Anything else").FillAsync(i == 2 ? "More time for training together." : "More photographs of what they do outside.");
            await ClickAndCheckAsync(respondent, answerPage.GetByRole(AriaRole.Button, new() { Name = "Send your answers" }), "/voices/thanks$");
            await Expect(answerPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you");

            // The link works once.
            await respondent.GotoAsync(links[i]);
            await Expect(answerPage.GetByText("Each link can be answered once, and this one has been.")).ToBeVisibleAsync();
            respondent.AssertNoCspViolations();
        }

        // Their answers, beside the area.
        await manager.GotoAsync("/settings/" + settingId.ToString(CultureInfo.InvariantCulture) + "/self-evaluation/voices");
        await Expect(page.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex("^Answered on ") })).ToHaveCountAsync(3);
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Back to the self-evaluation" }), "/settings/\\d+/self-evaluation$");
        await Expect(page.GetByText("3 answers from parents and staff")).ToBeVisibleAsync();
        await ClickAndCheckAsync(manager, changeLinks.First, "/settings/\\d+/self-evaluation/[a-z0-9-]+$");
        var feedback = page.Locator(".govuk-grid-column-one-third");
        await Expect(feedback.GetByRole(AriaRole.Heading, new() { Name = "What parents and staff say" })).ToBeVisibleAsync();
        await Expect(feedback).ToContainTextAsync("3 responses: 2 parents, 1 member of staff");
        foreach (var answer in VoiceAnswers)
            await Expect(feedback.Locator("q", new() { HasText = answer })).ToBeVisibleAsync();
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Back to the self-evaluation" }), "/settings/\\d+/self-evaluation$");

        // The snapshot shows the evidence chosen for both areas and the answers beside the first.
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Read the whole self-evaluation" }), "/self-evaluations/\\d+$");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = EvidenceTitle })).ToHaveCountAsync(2);
        await Expect(page.Locator("q", new() { HasText = VoiceAnswers[2] })).ToBeVisibleAsync();

        // The one piece of evidence, its file, and the two areas it supports.
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = EvidenceTitle }).First, "/evidence/\\d+$");
        await Expect(heading).ToHaveTextAsync(EvidenceTitle);
        var usedFor = page.Locator("main ul.govuk-list").Last;
        await Expect(usedFor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(areaNames[0])) })).ToHaveCountAsync(1);
        await Expect(usedFor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(areaNames[1])) })).ToHaveCountAsync(1);
        var file = page.GetByRole(AriaRole.Link, new() { Name = "parent-survey.txt" });
        var fileResponse = await page.Context.APIRequest.GetAsync(await file.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, fileResponse.Status);
        Assert.StartsWith("Parent survey results", await fileResponse.TextAsync(), StringComparison.Ordinal);
        await ClickAndCheckAsync(manager, navigation.GetByRole(AriaRole.Link, new() { Name = "Self-evaluation" }), "/settings/\\d+/self-evaluation$");

        // --- Finished: the setting's own grades against its latest inspection -------------------------------------------
        await SubmitAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Finish this self-evaluation" }), "Self-evaluation finished on");
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^How your self-evaluation compared with your inspection of ") })).ToBeVisibleAsync();
        var compared = page.GetByRole(AriaRole.Table, new() { Name = "Your grades and the inspection's" });
        await Expect(compared.Locator("tbody tr")).ToHaveCountAsync(areaCount);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start the next self-evaluation" })).ToBeVisibleAsync();

        // --- The improvement plan: the inspection's actions become goals ------------------------------------------------
        await ClickAndCheckAsync(manager, navigation.GetByRole(AriaRole.Link, new() { Name = "Improvement plan" }), "/settings/\\d+/plan$");
        await Expect(heading).ToHaveTextAsync("Improvement plan");
        var fromInspection = page.GetByRole(AriaRole.Button, new() { Name = "Turn the last inspection's actions into goals" });
        if (await fromInspection.CountAsync() > 0)
        {
            await fromInspection.ClickAsync();
            await Expect(page.GetByText(new Regex("^\\d+ goals? added from the inspection$"))).ToBeVisibleAsync();
            await manager.CheckPageAsync();
        }

        await Expect(fromInspection).ToHaveCountAsync(0);
        var openGoals = page.GetByRole(AriaRole.Table, new() { Name = "Open goals" });
        await Expect(openGoals.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Ensure that all staff receive regular supervision") })).ToBeVisibleAsync();
        await Expect(openGoals.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Plan a curriculum for two-year-olds") })).ToBeVisibleAsync();
        await Expect(openGoals.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Make better use of the outdoor area") })).ToBeVisibleAsync();
        await ClickAndCheckAsync(manager, openGoals.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Ensure that all staff receive regular supervision") }), "/plan-goals/\\d+$");
        await Expect(page.GetByText(new Regex("^Action from the inspection of .*: Ensure that all staff"))).ToBeVisibleAsync();
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Back to the improvement plan" }), "/settings/\\d+/plan$");

        // A vague goal: Ascent says what it lacks.
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Add a goal" }), "/settings/\\d+/plan/goal$");
        await page.GetByLabel("What outcome do you want?").FillAsync(VagueOutcome);
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Save goal" }), "/plan-goals/\\d+$");
        var smartWarning = page.Locator(".govuk-warning-text", new() { HasText = "To make this goal SMART" });
        await Expect(smartWarning).ToBeVisibleAsync();
        await Expect(smartWarning).ToContainTextAsync("No success measure");
        await Expect(smartWarning).ToContainTextAsync("No date");
        await Expect(smartWarning).ToContainTextAsync("No one responsible");
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Back to the improvement plan" }), "/settings/\\d+/plan$");
        var vagueRow = openGoals.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = VagueOutcome, Exact = true }) });
        await Expect(vagueRow).ToContainTextAsync("No success measure");
        await Expect(vagueRow).ToContainTextAsync("No date");

        // A SMART goal: measurable, dated, with a step someone owns. No flags.
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Add a goal" }), "/settings/\\d+/plan/goal$");
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
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Save goal" }), "/plan-goals/\\d+$");
        await Expect(heading).ToHaveTextAsync(SmartOutcome);
        await Expect(page.GetByText("Goal added to the plan")).ToBeVisibleAsync();
        await Expect(page.GetByText("To make this goal SMART")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Write a termly supervision schedule" })).ToBeVisibleAsync();
        var smartGoalPath = new Uri(page.Url).AbsolutePath;

        // Progress, then achieved, then its impact reviewed.
        await page.GetByLabel("Add a progress note").FillAsync(ProgressNote);
        await SubmitAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Add progress note" }), "Progress note added");
        await Expect(page.GetByText(ProgressNote)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Where is this goal now?" }).GetByLabel("Achieved", new() { Exact = true }).CheckAsync();
        await SubmitAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Save status" }), "Status saved");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Impact review" })).ToBeVisibleAsync();
        await page.GetByLabel("What difference did it make?").FillAsync("Staff say supervision helps them; practice in the two-year-old room has improved.");
        await page.GetByLabel("For which children?").FillAsync("The two-year-olds in the Rainbow room.");
        await page.GetByLabel("What is the evidence?").FillAsync("Supervision records and two room observations.");
        await SubmitAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Save impact review" }), "Impact review saved");
        await Expect(page.GetByLabel("What difference did it make?")).ToHaveValueAsync("Staff say supervision helps them; practice in the two-year-old room has improved.");

        // --- The plan as a Word document ------------------------------------------------------------------------------
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Back to the improvement plan" }), "/settings/\\d+/plan$");
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

        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { Name = "Printable version of the plan" }), "/settings/\\d+/plan/print$");
        await Expect(page.GetByText(SmartOutcome).First).ToBeVisibleAsync();
        await Expect(page.GetByText(VagueOutcome).First).ToBeVisibleAsync();

        // --- The Improvement Adviser comments on the goal and on an area ----------------------------------------------
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

        // --- The manager is told, and reads both comments ------------------------------------------------------------
        await ClickAndCheckAsync(manager, navigation.GetByRole(AriaRole.Link, new() { Name = "Home" }), "/$");
        await ClickAndCheckAsync(manager, navigation.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Notifications \\(\\d+\\)$") }), "/notifications$");
        var goalNotification = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("commented on your improvement plan goal: " + Regex.Escape(SmartOutcome) + "$") });
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("commented on " + Regex.Escape(areaNames[0]) + " in your self-evaluation\\.$") })).ToBeVisibleAsync();
        await ClickAndCheckAsync(manager, goalNotification, Regex.Escape(smartGoalPath) + "$");
        await Expect(page.GetByText(AdviserGoalComment)).ToBeVisibleAsync();
        await ClickAndCheckAsync(manager, navigation.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Notifications") }), "/notifications$");
        await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("commented on " + Regex.Escape(areaNames[0]) + " in your self-evaluation\\.$") }), "/self-evaluations/\\d+#area-[a-z0-9-]+$");
        await Expect(page.GetByText(AdviserAreaComment)).ToBeVisibleAsync();
        manager.AssertNoCspViolations();

        // --- The LA's calibration: the setting's grades against its latest inspection, area by area --------------------
        await using (var senior = await app.NewSessionAsync())
        {
            var seniorPage = senior.Page;
            await SignInTests.SignInAsync(senior, SeniorAdviser, Password);
            var seniorNavigation = seniorPage.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
            await ClickAndCheckAsync(senior, seniorNavigation.GetByRole(AriaRole.Link, new() { Name = "Calibration" }), "/self-evaluation/calibration$");
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
