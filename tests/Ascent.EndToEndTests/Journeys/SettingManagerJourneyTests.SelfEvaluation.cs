using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The setting manager's self-evaluation, with evidence and the views of parents and staff.
public sealed partial class SettingManagerJourneyTests
{
    /// The self-evaluation: one in progress (started here, or left by another test), every area filled in, evidence
    /// added for the first and reused for the second. Returns the setting and the names of its areas.
    private static async Task<(int SettingId, List<string> AreaNames)> EvaluateEveryAreaAsync(BrowserSession session, DateOnly today)
    {
        var page = session.Page;
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Self-evaluation" }), "/settings/\\d+/self-evaluation$");
        await Expect(heading).ToHaveTextAsync("Self-evaluation");
        var settingId = int.Parse(Regex.Match(page.Url, "/settings/(\\d+)/").Groups[1].Value, CultureInfo.InvariantCulture);
        var start = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Start (a|the next) self-evaluation$") });
        if (await start.CountAsync() > 0)
        {
            await start.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Finish this self-evaluation" })).ToBeVisibleAsync();
            await session.CheckPageAsync();
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
            await ClickAndCheckAsync(session, changeLinks.Nth(i), "/settings/\\d+/self-evaluation/[a-z0-9-]+$");
            await Expect(heading).ToHaveTextAsync(areaNames[i]);

            if (i == 0)
            {
                // New evidence, with a file, for the first area.
                await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Add new evidence" }), "/settings/\\d+/evidence/item\\?area=\\d+$");
                await page.GetByLabel("Title").FillAsync(EvidenceTitle);
                await page.GetByLabel("What does it show?").FillAsync("Parents say their children feel safe and settled.");
                await FillDateAsync(page, "GatheredOn", today.AddDays(-7));
                await page.GetByLabel("Attach a file (optional)").SetInputFilesAsync(new FilePayload
                {
                    Name = "parent-survey.txt",
                    MimeType = "text/plain",
                    Buffer = Encoding.UTF8.GetBytes("Parent survey results: 24 of 26 parents say their child feels safe.\n"),
                });
                await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save evidence" }), "/settings/\\d+/self-evaluation/[a-z0-9-]+$");
                await Expect(page.GetByText($"Evidence added for the self-evaluation area “{areaNames[0]}”")).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = EvidenceTitle })).ToBeVisibleAsync();
            }
            else if (i == 1)
            {
                // The same evidence chosen again for the second area.
                await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Choose evidence you already have" }), "/settings/\\d+/evidence\\?area=\\d+$");
                await Expect(heading).ToHaveTextAsync("Choose evidence");
                var use = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Use this for .*: " + Regex.Escape(EvidenceTitle) + "$") });
                await ClickAndCheckAsync(session, use.First, "/settings/\\d+/self-evaluation/[a-z0-9-]+$");
                await Expect(page.GetByText($"“{EvidenceTitle}” is now evidence for")).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = EvidenceTitle })).ToBeVisibleAsync();
            }

            await page.GetByLabel("Strengths").FillAsync($"Strengths in {areaNames[i].ToLowerInvariant()}: warm relationships between key persons and children.");
            // The area's evidence is what was chosen above, with a short note; there is no second free-text box.
            await Expect(page.GetByLabel("Evidence", new() { Exact = true })).ToHaveCountAsync(0);
            await page.GetByLabel("Evidence note").FillAsync("Room observations and the parent survey.");
            await page.GetByLabel("Areas for development").FillAsync($"Next in {areaNames[i].ToLowerInvariant()}: outdoor learning for two-year-olds.");
            var grades = page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^How would you grade yourself") });
            var expected = grades.GetByRole(AriaRole.Radio, new() { Name = "Expected standard", Exact = true });
            await (await expected.CountAsync() > 0 ? expected : grades.GetByRole(AriaRole.Radio).Nth(1)).CheckAsync();
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save" }), "/settings/\\d+/self-evaluation$");
            await Expect(page.GetByText($"{areaNames[i]} saved")).ToBeVisibleAsync();
        }

        await Expect(page.GetByText("(not started)")).ToHaveCountAsync(0);
        return (settingId, areaNames);
    }

    /// Two parents and a member of staff, each through their own one-time link; their answers beside the area, the
    /// snapshot and the evidence with its file.
    private async Task AskParentsAndStaffAsync(BrowserSession session, int settingId, List<string> areaNames)
    {
        var page = session.Page;
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        var changeLinks = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change ") });
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Ask parents and staff for their views" }), "/settings/\\d+/self-evaluation/voices$");
        await Expect(heading).ToHaveTextAsync("Parents' and staff's views");
        var links = new List<string>();
        (string Audience, string Note)[] asked = [("A parent or carer", "Parent of Ava (Rainbow room)"), ("A parent or carer", "Parent of Noah (Sunshine room)"), ("A member of staff", "Key person, Rainbow room")];
        foreach (var (audience, note) in asked)
        {
            await page.GetByLabel(audience, new() { Exact = true }).CheckAsync();
            await page.GetByLabel("A note of whom you are asking (optional)").FillAsync(note);
            await page.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
            await Expect(page.Locator("#voice-link")).ToBeVisibleAsync();
            await session.CheckPageAsync();
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
            // The first area's question, then "anything else": the questions are worded for parents or for staff.
            await answerPage.Locator("main textarea").First.FillAsync(VoiceAnswers[i]);
            await answerPage.Locator("main textarea").Last.FillAsync(i == 2 ? "More time for training together." : "More photographs of what they do outside.");
            await ClickAndCheckAsync(respondent, answerPage.GetByRole(AriaRole.Button, new() { Name = "Send your answers" }), "/voices/thanks$");
            await Expect(answerPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you");

            // The link works once.
            await respondent.GotoAsync(links[i]);
            await Expect(answerPage.GetByText("Each link can be answered once, and this one has been.")).ToBeVisibleAsync();
            respondent.AssertNoCspViolations();
        }

        // Their answers, beside the area.
        await session.GotoAsync("/settings/" + settingId.ToString(CultureInfo.InvariantCulture) + "/self-evaluation/voices");
        await Expect(page.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex("^Answered on ") })).ToHaveCountAsync(3);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Back to the self-evaluation" }), "/settings/\\d+/self-evaluation$");
        await Expect(page.GetByText("3 answers from parents and staff")).ToBeVisibleAsync();
        await ClickAndCheckAsync(session, changeLinks.First, "/settings/\\d+/self-evaluation/[a-z0-9-]+$");
        var feedback = page.Locator(".govuk-grid-column-one-third");
        await Expect(feedback.GetByRole(AriaRole.Heading, new() { Name = "What parents and staff say" })).ToBeVisibleAsync();
        await Expect(feedback).ToContainTextAsync("3 responses: 2 parents, 1 member of staff");
        foreach (var answer in VoiceAnswers)
            await Expect(feedback.Locator("q", new() { HasText = answer })).ToBeVisibleAsync();
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Back to the self-evaluation" }), "/settings/\\d+/self-evaluation$");

        // The snapshot shows the evidence chosen for both areas and the answers beside the first.
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Read the whole self-evaluation" }), "/self-evaluations/\\d+$");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = EvidenceTitle })).ToHaveCountAsync(2);
        await Expect(page.GetByText("Room observations and the parent survey.")).ToHaveCountAsync(areaNames.Count);
        await Expect(page.Locator("q", new() { HasText = VoiceAnswers[2] })).ToBeVisibleAsync();

        // The one piece of evidence, its file, and the two areas it supports.
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = EvidenceTitle }).First, "/evidence/\\d+$");
        await Expect(heading).ToHaveTextAsync(EvidenceTitle);
        var usedFor = page.Locator("main ul.govuk-list").Last;
        await Expect(usedFor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(areaNames[0])) })).ToHaveCountAsync(1);
        await Expect(usedFor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(areaNames[1])) })).ToHaveCountAsync(1);
        var file = page.GetByRole(AriaRole.Link, new() { Name = "parent-survey.txt" });
        var fileResponse = await page.Context.APIRequest.GetAsync(await file.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, fileResponse.Status);
        Assert.StartsWith("Parent survey results", await fileResponse.TextAsync(), StringComparison.Ordinal);
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Self-evaluation" }), "/settings/\\d+/self-evaluation$");
    }

    /// Finished: the setting's own grades against its latest inspection.
    private static async Task FinishTheSelfEvaluationAsync(BrowserSession session, int areaCount)
    {
        var page = session.Page;
        await SubmitAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Finish this self-evaluation" }), "Self-evaluation finished on");
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^How your self-evaluation compared with your inspection of ") })).ToBeVisibleAsync();
        var compared = page.GetByRole(AriaRole.Table, new() { Name = "Your grades and the inspection's" });
        await Expect(compared.Locator("tbody tr")).ToHaveCountAsync(areaCount);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start the next self-evaluation" })).ToBeVisibleAsync();
    }
}
