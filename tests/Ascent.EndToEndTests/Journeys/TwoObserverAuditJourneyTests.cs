using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The demo Improvement Adviser does a SSTEW audit with the Senior Improvement Adviser at a visit whose task asks for
/// one: each fills in their own sheet in their own browser without seeing the other's, they compare, agree the final
/// scores (a note where they differed), and the adviser finishes it; the results, the visit, the task and the
/// agreement page follow. The transfer pages (past audits in and out, licensed texts) are in the other part.
[Collection(SharedBrowser.Name)]
public sealed partial class TwoObserverAuditJourneyTests(AscentBrowserFixture app)
{
    private const string Adviser = "adviser@northfield.example";
    private const string AdviserName = "Hannah O'Connor";
    private const string Senior = "senior.adviser@northfield.example";
    private const string SeniorName = "Gareth Lewis";
    private const string Password = "ascent-demo-2026";

    // The SSTEW-compatible instrument's 14 items (instruments/sstew.yaml), a page per subscale.
    private static readonly string[][] Parts =
    [
        ["1", "2", "3"],
        ["4"],
        ["5", "6", "7", "8"],
        ["9", "10", "11", "12"],
        ["13", "14"],
    ];

    // Items 1 to 14 in order.
    private static readonly Dictionary<string, int> AdviserScores = Numbered(5, 4, 3, 5, 6, 4, 5, 3, 4, 5, 2, 3, 4, 5);

    // The second observer differs by one point on items 2 and 6 and by two on items 9 and 13.
    private static readonly Dictionary<string, int> SeniorScores = new(AdviserScores) { ["2"] = 5, ["6"] = 3, ["9"] = 6, ["13"] = 2 };

    // Agreed by discussion where they differed: one observer's score each time, never the mean (5 and 3 for 9 and 13).
    private static readonly Dictionary<string, int> AgreedScores = new(AdviserScores) { ["2"] = 5, ["6"] = 4, ["9"] = 6, ["13"] = 4 };

    [Fact]
    public async Task Journey_AsDemoAdviserAndSeniorAdviser_ATwoObserverSstewAuditIsAgreedAtAVisit_AndItsResultsAndAgreementShow()
    {
        await using var adviser = await app.NewSessionAsync();
        var page = adviser.Page;
        await SignInTests.SignInAsync(adviser, Adviser, Password);

        // The adviser's own task list has a visit whose stage asks for a SSTEW audit (the demo's older cases are
        // well into their pathways). Little Acorns is left to the other journeys.
        await adviser.GotoAsync("/tasks");
        var taskRow = page.Locator("main table tbody tr")
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("SSTEW") }) })
            .Filter(new() { HasNotText = "Little Acorns" }).First;
        await Expect(taskRow).ToBeVisibleAsync();
        var taskTitle = (await taskRow.GetByRole(AriaRole.Link).InnerTextAsync()).Trim();
        await ClickAndCheckAsync(adviser, taskRow.GetByRole(AriaRole.Link), "/cases/\\d+/tasks/\\d+$");
        var taskUrl = new Uri(page.Url).AbsolutePath;

        // The visit is planned from its task; the audit is started from the visit.
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Plan this visit" }), "/settings/\\d+/visits/new\\?task=\\d+$");
        await FillDateAsync(page, "Schedule_Date", app.Clock.Today);
        await page.GetByLabel("Start time").FillAsync("10am");
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Plan the visit and invite the setting" }), "/visits/\\d+$");
        var visitUrl = new Uri(page.Url).AbsolutePath;
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Link, new() { Name = "Start an audit at this visit" }), "/settings/\\d+/audits/new\\?visit=\\d+$");
        await Expect(page.GetByText("This visit's plan asks for: Sustained Shared Thinking and Emotional Well-being (SSTEW) audit")).ToBeVisibleAsync();
        var settingName = Regex.Replace((await page.Locator(".govuk-caption-l").InnerTextAsync()).Trim(), " \\([^)]*\\)$", "");
        await Expect(page.GetByLabel("Sustained shared thinking and emotional well-being (compatible with SSTEW)", new() { Exact = true })).ToBeCheckedAsync();
        await page.GetByLabel("Second observer (optional)").SelectOptionAsync(new SelectOptionValue { Label = $"{SeniorName} (Senior Improvement Adviser)" });
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Start the audit" }), "/audits/\\d+/sheets/\\d+$");
        var adviserSheetUrl = new Uri(page.Url).AbsolutePath;
        var auditUrl = Regex.Match(adviserSheetUrl, "^/audits/\\d+").Value;

        // The adviser fills in every page of their sheet. The second observer's sheet stays hidden from them.
        await FillSheetAsync(adviser, AdviserScores);
        await Expect(page.GetByText("Your answers are saved")).ToBeVisibleAsync();
        await Expect(SheetRow(page, SeniorName)).ToContainTextAsync("Hidden until both observers have finished");
        await CompleteSheetAsync(adviser);

        await using (var senior = await app.NewSessionAsync())
        {
            var seniorPage = senior.Page;
            await SignInTests.SignInAsync(senior, Senior, Password);
            await senior.GotoAsync(auditUrl);
            await Expect(SheetRow(seniorPage, AdviserName)).ToContainTextAsync("Hidden until both observers have finished");
            await Expect(SheetRow(seniorPage, AdviserName).GetByRole(AriaRole.Link)).ToHaveCountAsync(0);

            // Even at its address, the adviser's sheet shows none of their answers yet; nor does the comparison.
            await senior.GotoAsync(adviserSheetUrl);
            await Expect(seniorPage.GetByText($"You will see {AdviserName}'s answers when both observers have marked their sheets complete")).ToBeVisibleAsync();
            await Expect(seniorPage.Locator("main .govuk-summary-list, main input[type=radio]")).ToHaveCountAsync(0);
            await senior.GotoAsync(auditUrl + "/compare");
            await Expect(seniorPage.GetByText("The two sheets are compared once both observers have marked theirs complete")).ToBeVisibleAsync();
            await Expect(seniorPage.Locator("main table")).ToHaveCountAsync(0);

            await senior.GotoAsync(auditUrl);
            await ClickAndCheckAsync(senior, seniorPage.GetByRole(AriaRole.Link, new() { Name = "Continue your sheet" }), "/audits/\\d+/sheets/\\d+$");
            Assert.NotEqual(adviserSheetUrl, new Uri(seniorPage.Url).AbsolutePath);
            await FillSheetAsync(senior, SeniorScores);
            await CompleteSheetAsync(senior);
            senior.AssertNoCspViolations();
        }

        // Both complete: the comparison marks the items that differ and gives the agreement the scores make.
        var compared = AdviserScores.Count;
        var exact = AdviserScores.Count(s => SeniorScores[s.Key] == s.Value);
        var withinOne = AdviserScores.Count(s => Math.Abs(SeniorScores[s.Key] - s.Value) <= 1);
        var exactPercent = Percent(exact, compared);
        var withinOnePercent = Percent(withinOne, compared);
        await adviser.GotoAsync(auditUrl);
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Link, new() { Name = "Compare the two observers' answers" }), "/audits/\\d+/compare$");
        await Expect(SummaryValue(page, "Exact agreement")).ToHaveTextAsync($"{exact} of {compared} items ({exactPercent}%)");
        await Expect(SummaryValue(page, "Within one point")).ToHaveTextAsync($"{withinOne} of {compared} items ({withinOnePercent}%)");
        foreach (var (item, score) in AdviserScores)
        {
            var apart = Math.Abs(SeniorScores[item] - score);
            var difference = apart switch { 0 => "Same", 1 => "Differs by 1 point", _ => $"Differs by {apart} points" };
            var row = page.Locator("main table tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex($"^{item}\\. ") }) });
            await Expect(row.Locator("td").Last).ToHaveTextAsync(difference);
        }

        await AgreeAsync(adviser);

        // Finishing locks the audit and marks the visit's task done (the page is the same address again).
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish the audit" }).ClickAsync();
        await Expect(page.GetByText("Audit finished: its answers are now locked")).ToBeVisibleAsync();
        await adviser.CheckPageAsync();
        await Expect(SummaryValue(page, "Asked for by")).ToHaveTextAsync($"{taskTitle} (done)");

        await CheckResultsAsync(adviser, exact, withinOne, compared);

        // The audit is on the visit's page and on its task, which is done.
        await adviser.GotoAsync(visitUrl);
        var visitAudits = page.Locator("[data-audit-lines]");
        await Expect(visitAudits).ToContainTextAsync("Sustained shared thinking and emotional well-being (compatible with SSTEW)");
        await Expect(visitAudits).ToContainTextAsync($"observed on {app.Clock.Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: Total {Mean().ToString("0.00", CultureInfo.InvariantCulture)}");
        await adviser.GotoAsync(taskUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Done by these audits" })).ToBeVisibleAsync();

        // The agreement page shows the audit under each observer, with the same figures.
        await adviser.GotoAsync("/instruments/agreement");
        foreach (var (observer, partner) in new[] { (AdviserName, SeniorName), (SeniorName, AdviserName) })
        {
            var table = page.GetByRole(AriaRole.Table, new() { Name = $"{observer}'s joint audits" });
            var row = table.Locator("tbody tr").Filter(new() { HasText = settingName }).Filter(new() { HasText = partner });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator("td").Nth(4)).ToHaveTextAsync(compared.ToString(CultureInfo.InvariantCulture));
            await Expect(row.Locator("td").Nth(5)).ToHaveTextAsync($"{exactPercent}%");
            await Expect(row.Locator("td").Nth(6)).ToHaveTextAsync($"{withinOnePercent}%");
        }

        adviser.AssertNoCspViolations();
    }

    // Every page of the sheet, one score per item, saved with "Save and continue"; the last one returns to the audit.
    private static async Task FillSheetAsync(BrowserSession session, Dictionary<string, int> scores)
    {
        var page = session.Page;
        for (var part = 0; part < Parts.Length; part++)
        {
            foreach (var item in Parts[part])
                await page.Locator($"[data-audit-item='{item}']").GetByLabel(ScoreLabel(scores[item]), new() { Exact = true }).CheckAsync();

            // Each answer is saved as it is chosen, and the page says so. Saving the page while one of those is on its
            // way is refused as a save from elsewhere at the same moment, so, like an observer who glances at
            // "Saved at …", the test lets them land first (the queue of unsaved answers empties).
            await Expect(page.Locator("[data-autosave-status]")).ToContainTextAsync("Saved at");
            await page.WaitForFunctionAsync("() => !localStorage.getItem('ascent:' + document.querySelector('form[data-autosave]').getAttribute('data-autosave-key'))");
            var next = part + 1 < Parts.Length ? "/audits/\\d+/sheets/\\d+\\?part=" + (part + 1) + "$" : "/audits/\\d+$";
            await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }), next);
        }
    }

    private static async Task CompleteSheetAsync(BrowserSession session)
    {
        var page = session.Page;
        await Expect(page.Locator("main table tbody tr").Filter(new() { HasText = "(you)" })).ToContainTextAsync("14 of 14 items answered");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Continue your sheet" }), "/audits/\\d+/sheets/\\d+$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Mark my sheet complete" }), "/audits/\\d+$");
        await Expect(page.GetByText("Your sheet is complete")).ToBeVisibleAsync();
    }

    // The agreed sheet starts with the scores both gave; where they differed, saving without a note is refused.
    private static async Task AgreeAsync(BrowserSession session)
    {
        var page = session.Page;
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Agree the scores" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Agree the scores" })).First, "/audits/\\d+/agree$");
        var differing = AdviserScores.Keys.Where(i => SeniorScores[i] != AdviserScores[i]).ToList();
        foreach (var (item, score) in AdviserScores)
        {
            var group = ItemGroup(page, item);
            if (differing.Contains(item))
                await Expect(group.Locator("input[type=radio]:checked")).ToHaveCountAsync(0);
            else
                await Expect(group.GetByLabel(ScoreLabel(score), new() { Exact = true })).ToBeCheckedAsync();
        }

        foreach (var item in differing)
            await ItemGroup(page, item).GetByLabel(ScoreLabel(AgreedScores[item]), new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the agreed scores" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await session.CheckPageAsync();
        var summary = page.Locator(".govuk-error-summary");
        foreach (var item in differing)
        {
            var name = await ItemName(page, item);
            await Expect(summary).ToContainTextAsync(
                $"Item {item}, {name}: the observers differed ({ScoreLabel(AdviserScores[item])} and {ScoreLabel(SeniorScores[item])}); say how you agreed the score");
        }

        foreach (var item in differing)
        {
            await ItemGroup(page, item).GetByLabel(ScoreLabel(AgreedScores[item]), new() { Exact = true }).CheckAsync();
            await page.GetByLabel($"How you agreed item {item}", new() { Exact = true }).FillAsync($"Agreed {AgreedScores[item]} after discussing what each of us saw in item {item}");
        }

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save the agreed scores" }), "/audits/\\d+$");
        await Expect(page.GetByText("The agreed scores are saved: you can now finish the audit")).ToBeVisibleAsync();
    }

    private static async Task CheckResultsAsync(BrowserSession session, int exact, int withinOne, int compared)
    {
        var page = session.Page;
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "See the results" }), "/audits/\\d+/results$");
        await Expect(SummaryValue(page, "Observers")).ToHaveTextAsync($"{AdviserName} and {SeniorName}");
        await Expect(SummaryValue(page, "Agreement between the observers")).ToHaveTextAsync(
            $"Exact agreement {Percent(exact, compared)}% ({exact} of {compared} items); within one point {Percent(withinOne, compared)}% ({withinOne} of {compared})");
        await Expect(SummaryValue(page, "Total")).ToHaveTextAsync(TotalText());
        foreach (var (item, agreed) in AgreedScores)
        {
            var row = page.Locator("main table tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex($"^{item}\\. ") }) });
            var cells = row.Locator("td");
            await Expect(cells.Nth(1)).ToHaveTextAsync($"{agreed} ({Band(agreed)})");
            await Expect(cells.Nth(2)).ToHaveTextAsync(AdviserScores[item].ToString(CultureInfo.InvariantCulture));
            await Expect(cells.Nth(3)).ToHaveTextAsync(SeniorScores[item].ToString(CultureInfo.InvariantCulture));
        }
    }

    // The agreed total: the mean of the agreed scores to two places, with its band ("4.14 (minimal)").
    private static string TotalText() => $"{Mean().ToString("0.00", CultureInfo.InvariantCulture)} ({Band(Mean())})";

    private static decimal Mean() => Math.Round((decimal)AgreedScores.Values.Sum() / AgreedScores.Count, 2, MidpointRounding.AwayFromZero);

    private static string Band(decimal score) => score switch { < 3 => "inadequate", < 5 => "minimal", < 7 => "good", _ => "excellent" };

    private static Dictionary<string, int> Numbered(params int[] scores) =>
        scores.Select((score, i) => (score, i)).ToDictionary(x => (x.i + 1).ToString(CultureInfo.InvariantCulture), x => x.score);

    private static int Percent(int count, int of) => (int)Math.Round(100m * count / of, 0, MidpointRounding.AwayFromZero);

    // The scale's labels (instruments/sstew.yaml): 1, 3, 5 and 7 are named, the others are numbers alone.
    private static string ScoreLabel(int score) => score switch
    {
        1 => "1 Inadequate",
        3 => "3 Minimal",
        5 => "5 Good",
        7 => "7 Excellent",
        _ => score.ToString(CultureInfo.InvariantCulture),
    };

    private static ILocator ItemGroup(IPage page, string item) =>
        page.Locator("fieldset").Filter(new() { Has = page.Locator("legend", new() { HasTextRegex = new Regex($"^\\s*{item}\\. ") }) });

    private static async Task<string> ItemName(IPage page, string item) =>
        Regex.Replace((await ItemGroup(page, item).Locator("legend").InnerTextAsync()).Trim(), $"^{item}\\. ", "");

    private static ILocator SheetRow(IPage page, string observer) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Sheets" }).Locator("tbody tr").Filter(new() { HasText = observer });

    private static ILocator SummaryValue(IPage page, string key) =>
        page.Locator(".govuk-summary-list__row").Filter(new() { Has = page.Locator(".govuk-summary-list__key", new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(key)}\\s*$") }) })
            .Locator(".govuk-summary-list__value");

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
