using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The accepted applicant from allocation to award: Ruth Evans refused (her conflict of interest, with its reason) and
/// Owen Price allocated; Owen logs his first visit's time and recommends the award; the coordinator's panel, whose second reader may not be the
/// evaluator, awards it; the certificate names the setting, the level and the reference; the public register lists it
/// to someone signed out; its first annual review falls due a year after the award; and the impact report shows the
/// sector groups and downloads as Word and Excel. The fixture's clock says 23 November 2026.
public sealed partial class QualityMarkJourneyTests
{
    private const string Ruth = "Ruth Evans";
    private const string Owen = "Owen Price";
    private const string Level = "Quality Mark";
    private const string AwardedOn = "23 November 2026";
    private const string FirstReviewDue = "23 November 2027";

    /// On the accreditation's page, after accepting it: the evaluator page refuses Ruth Evans with the reason and
    /// allocates Owen Price.
    private static async Task AllocateAsync(BrowserSession session, string setting)
    {
        var page = session.Page;
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Allocate an evaluator" }), "/quality-mark/accreditations/\\d+/evaluator$");
        var evaluators = page.GetByRole(AriaRole.Group, new() { Name = "Who evaluates this setting?" });
        await Expect(evaluators.GetByLabel(new Regex($"^{Ruth} \\(")))
            .ToHaveAccessibleNameAsync(new Regex($"conflict of interest with {Regex.Escape(setting)}"));

        await evaluators.GetByLabel(new Regex($"^{Ruth} \\(")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync($"{Ruth} has a conflict of interest with {setting}: {Ruth} was the deputy manager of {setting} until last year.");
        await session.CheckPageAsync();

        await evaluators.GetByLabel(new Regex($"^{Owen} \\(")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{Owen} is now {setting}'s evaluator");
        await session.CheckPageAsync();
        await Expect(page.Locator("main .govuk-summary-list").First).ToContainTextAsync(Owen);
    }

    /// Owen Price, signed in on his own, opens the accreditation, logs his time and sends his recommendation to the panel.
    private async Task RecommendAsync(string accreditation, string setting)
    {
        await using var evaluator = await app.NewSessionAsync();
        var page = evaluator.Page;
        await page.SetViewportSizeAsync(1280, 800);
        await SignInTests.SignInAsync(evaluator, "evaluator2@northfield.example", "ascent-demo-2026");
        await evaluator.GotoAsync(accreditation);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(setting);

        // His first visit's time, dated today unless he says otherwise.
        await ClickAndCheckAsync(evaluator, page.GetByRole(AriaRole.Link, new() { Name = "Evaluator's time" }), "/quality-mark/accreditations/\\d+/time$");
        await page.GetByLabel("Hours").FillAsync("3");
        await page.GetByLabel("Minutes").FillAsync("30");
        await page.GetByLabel("Visit to the setting").CheckAsync();
        await page.GetByLabel("Note (optional)").FillAsync("First visit: agreed the action-research questions with the manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log time" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"3 hours 30 minutes logged on {AwardedOn}");
        await evaluator.CheckPageAsync();

        await ClickAndCheckAsync(evaluator, page.GetByRole(AriaRole.Link, new() { Name = "Back to the accreditation" }), "/quality-mark/accreditations/\\d+$");
        await ClickAndCheckAsync(evaluator, page.GetByRole(AriaRole.Link, new() { Name = "Recommendation and decision" }), "/quality-mark/accreditations/\\d+/decision$");
        await page.GetByRole(AriaRole.Group, new() { Name = "What do you recommend?" }).GetByLabel(Level, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Your reasons").FillAsync("Both case studies show the team changing its practice from what the children showed them.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the recommendation to the panel" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Recommendation sent to the panel");
        await evaluator.CheckPageAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Recommended");
    }

    /// The coordinator's panel: the evaluator as second reader is refused with the reason, another officer is taken;
    /// the award shows its reference and its first annual review a year on, the certificate downloads, and the cohort's
    /// costs count the evaluator's time.
    private static async Task DecideAsync(BrowserSession session, string accreditation, string setting)
    {
        var page = session.Page;
        await session.GotoAsync(accreditation + "/decision");
        await Expect(page.Locator("main")).ToContainTextAsync("Both case studies show the team changing its practice");

        var reasons = "The portfolio meets every requirement of both units; the panel agrees with the evaluator.";
        await page.GetByLabel("Second reader").SelectOptionAsync(new SelectOptionValue { Label = Owen });
        await page.GetByRole(AriaRole.Group, new() { Name = "The panel's decision" }).GetByLabel(Level, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("The panel's reasons").FillAsync(reasons);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the panel's decision" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The second reader cannot be the setting's evaluator: choose another officer");
        await session.CheckPageAsync();

        await page.GetByLabel("Second reader").SelectOptionAsync(new SelectOptionValue { Label = "Priya Shah" });
        await page.GetByRole(AriaRole.Group, new() { Name = "The panel's decision" }).GetByLabel(Level, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("The panel's reasons").FillAsync(reasons);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the panel's decision" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The panel's decision is recorded");
        await session.CheckPageAsync();
        var main = page.Locator("main");
        await Expect(main).ToContainTextAsync($"{Level} on {AwardedOn}");
        await Expect(main).ToContainTextAsync("Nadia Brooks (coordinator) and Priya Shah (second reader)");
        await Expect(main).ToContainTextAsync($"Due by {FirstReviewDue}");
        var reference = page.Locator(".govuk-summary-list__row", new() { HasText = "Certificate reference" }).Locator(".govuk-summary-list__value");
        await Expect(reference).ToHaveTextAsync(new Regex("^\\s*QM-2026-\\d{4}\\s*$"));
        var number = (await reference.InnerTextAsync()).Trim();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the certificate (Word)" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(await download.PathAsync(), isEditable: false))
        {
            var text = document.MainDocumentPart?.Document?.Body?.InnerText ?? "";
            Assert.Contains(setting, text, StringComparison.Ordinal);
            Assert.Contains(Level, text, StringComparison.Ordinal);
            Assert.Contains($"on {AwardedOn}", text, StringComparison.Ordinal);
            Assert.Contains($"First annual review due by {FirstReviewDue}", text, StringComparison.Ordinal);
            Assert.Contains($"Reference {number}", text, StringComparison.Ordinal);
        }

        session.AssertNoCspViolations();

        // The evaluator's time in the cohort's costs.
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "The accreditation", Exact = true }), "/quality-mark/accreditations/\\d+$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "2026 to 2027", Exact = true }), "/quality-mark/cohorts/\\d+$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "What the cohort costs" }), "/quality-mark/cohorts/\\d+/costs$");
        await Expect(page.Locator("main table tbody tr", new() { HasText = setting })).ToContainTextAsync("3 hours 30 minutes");
    }

    /// The public register, opened signed out from the address the quality-mark page links to, lists the setting; the
    /// coordinator's reviews page lists its first annual review, due a year after the award.
    private async Task SeeTheRegisterAsync(BrowserSession session, string setting)
    {
        var page = session.Page;
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Quality mark", Exact = true }), "/quality-mark$");
        var register = await page.GetByRole(AriaRole.Link, new() { Name = "The public register of accredited settings" }).GetAttributeAsync("href");
        Assert.Matches("^/quality-mark/register/\\d+$", register);

        await using (var visitor = await app.NewSessionAsync())
        {
            await visitor.GotoAsync(register!);
            await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accredited settings");
            var row = visitor.Page.Locator("main table tbody tr", new() { HasText = setting });
            await Expect(row).ToContainTextAsync(Level);
            await Expect(row).ToContainTextAsync(AwardedOn);
            await Expect(row).ToContainTextAsync(FirstReviewDue);
            await Expect(visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        }

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Annual reviews and re-accreditations due" }), "/quality-mark/reviews$");
        var reviews = page.Locator("main table tbody tr", new() { HasText = setting });
        await Expect(reviews).ToHaveCountAsync(3); // two annual reviews and the re-accreditation
        await Expect(reviews.Filter(new() { HasText = "First annual review" })).ToContainTextAsync(FirstReviewDue);
    }

    /// The impact report for Northfield, split by sector group, and its Word and Excel downloads.
    private static async Task SeeTheImpactReportAsync(BrowserSession session)
    {
        var page = session.Page;
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Quality mark", Exact = true }), "/quality-mark$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Impact: do accredited settings do better?" }), "/quality-mark/impact$");
        var grades = page.GetByRole(AriaRole.Region, new() { Name = "Grades at the date" }).Locator("tbody tr");
        await Expect(grades.Filter(new() { HasText = "Private, voluntary and independent" })).ToHaveCountAsync(1);
        await Expect(grades.Filter(new() { HasText = "Maintained" })).ToHaveCountAsync(1);

        var word = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "as a Word document" }).ClickAsync());
        Assert.EndsWith(".docx", word.SuggestedFilename, StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(await word.PathAsync(), isEditable: false))
        {
            var text = document.MainDocumentPart?.Document?.Body?.InnerText ?? "";
            Assert.Contains("Private, voluntary and independent", text, StringComparison.Ordinal);
            Assert.Contains("Maintained", text, StringComparison.Ordinal);
        }

        var excel = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "as an Excel workbook" }).ClickAsync());
        Assert.EndsWith(".xlsx", excel.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(await excel.PathAsync()))[..2]);
        session.AssertNoCspViolations();
    }
}
