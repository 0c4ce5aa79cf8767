using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The pages that move audits in and out from the web: past audits from a CSV (a good file imported, a bad one
/// refused whole with each line's reason), the scores downloaded, and a licence holder's indicator texts.
public sealed partial class TwoObserverAuditJourneyTests
{
    private const string LaAdministrator = "la.admin@northfield.example";

    // ITERS-3 and FCCERS-3 are left alone by the other journeys (the setting manager's uses ECERS-3, this one SSTEW).
    private const string PastInstrument = "Infant and toddler environment rating (compatible with ITERS-3)";
    private const string TextsInstrument = "fccers-3";

    [Fact]
    public async Task Journey_AsDemoAdviserAndLaAdministrator_PastAuditsComeInWholeOrNotAtAll_ScoresDownload_AndTextsImport()
    {
        await using var adviser = await app.NewSessionAsync();
        var page = adviser.Page;
        await SignInTests.SignInAsync(adviser, Adviser, Password);

        // A setting of the register, by its URN (the list's second column).
        await adviser.GotoAsync("/settings");
        var row = page.Locator("main table tbody tr").Filter(new() { HasTextRegex = new Regex("\\bEY\\d{6}\\b") }).Filter(new() { HasNotText = "Little Acorns" }).Nth(2);
        var settingName = (await row.GetByRole(AriaRole.Link).First.InnerTextAsync()).Trim();
        var urn = Regex.Match(await row.InnerTextAsync(), "\\bEY\\d{6}\\b").Value;
        var finishedBefore = await FinishedAuditsAsync(adviser);

        // A bad file: every bad line listed with its reason, and nothing saved.
        await adviser.GotoAsync("/audits/import");
        var bad = new StringBuilder("URN,Date,Room,Instrument,Observer,Item,Score\n")
            .Append(CultureInfo.InvariantCulture, $"{urn},2026-03-31,,{PastInstrument},Pat Jones,1,5\n")
            .Append(CultureInfo.InvariantCulture, $"{urn},2026-03-31,,{PastInstrument},Pat Jones,2,9\n")
            .Append(CultureInfo.InvariantCulture, $"XX999999,2026-03-31,,{PastInstrument},Pat Jones,1,4\n")
            .Append(CultureInfo.InvariantCulture, $"{urn},2026-03-31,,An instrument nobody has,Pat Jones,1,4\n");
        await UploadAsync(page, "CSV file of past audits", "past-audits-bad.csv", bad.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Check this file" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await adviser.CheckPageAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The file has 3 problems: no audits were imported");
        var problems = page.GetByRole(AriaRole.Table, new() { Name = "Problems in the file" }).Locator("tbody tr");
        await Expect(problems).ToHaveCountAsync(3);
        await Expect(problems.Nth(0).Locator("td").First).ToHaveTextAsync("3");
        await Expect(problems.Nth(0).Locator("td").Last).ToContainTextAsync("9");
        await Expect(problems.Nth(1).Locator("td").First).ToHaveTextAsync("4");
        await Expect(problems.Nth(1).Locator("td").Last).ToContainTextAsync("XX999999");
        await Expect(problems.Nth(2).Locator("td").First).ToHaveTextAsync("5");
        await Expect(problems.Nth(2).Locator("td").Last).ToContainTextAsync("An instrument nobody has");
        Assert.Equal(finishedBefore, await FinishedAuditsAsync(adviser));

        // A good file: checked first, then imported as one finished audit of the setting.
        await adviser.GotoAsync("/audits/import");
        var good = new StringBuilder("URN,Date,Room,Instrument,Observer,Item,Score\n");
        foreach (var (item, score) in new[] { ("1", 3), ("2", 5), ("3", 4) })
            good.Append(CultureInfo.InvariantCulture, $"{urn},31/03/2026,,{PastInstrument},Pat Jones,{item},{score}\n");
        await UploadAsync(page, "CSV file of past audits", "past-audits.csv", good.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Check this file" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check this file" })).ToBeVisibleAsync();
        await adviser.CheckPageAsync();
        await Expect(page.GetByText("Importing this file will add 1 finished audit")).ToBeVisibleAsync();
        await Expect(SummaryValue(page, $"{settingName} ({urn})")).ToHaveTextAsync("1 audit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import these audits" }).ClickAsync();
        await Expect(page.GetByText("1 audit imported")).ToBeVisibleAsync();
        await adviser.CheckPageAsync();
        Assert.Equal(finishedBefore + 1, await FinishedAuditsAsync(adviser));

        // The download holds the imported scores and their total (the mean of 3, 5 and 4).
        await adviser.GotoAsync("/audits/export");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
        Assert.Equal("audits.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("URN,Setting,Date,Room,Instrument,Observers,Subscale,Item,Item name,Score,Subscale score,Total", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        var imported = csv.Split('\n').Where(l => l.StartsWith(urn + ",", StringComparison.Ordinal) && l.Contains(PastInstrument, StringComparison.Ordinal)).ToList();
        // One row per item of the instrument: the three scored, the others empty, every row with the audit's total.
        Assert.Equal(InstrumentItems("iters-3").Count, imported.Count);
        Assert.All(imported, l => Assert.EndsWith(",4.00", l.TrimEnd('\r'), StringComparison.Ordinal));
        Assert.Equal(3, imported.Count(l => Regex.IsMatch(l.TrimEnd('\r'), ",[345],[0-9.]+,4\\.00$")));
        var excel = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as Excel" }).ClickAsync());
        Assert.Equal("audits.xlsx", excel.SuggestedFilename);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(await excel.PathAsync()))[..2]);
        adviser.AssertNoCspViolations();

        await using var administrator = await app.NewSessionAsync();
        await ImportTextsAsync(administrator);
    }

    // The LA administrator's licensed texts: a file naming an item the instrument lacks is refused with its line,
    // then a placeholder file for every item is imported and listed.
    private static async Task ImportTextsAsync(BrowserSession session)
    {
        var page = session.Page;
        await SignInTests.SignInAsync(session, LaAdministrator, Password);
        await session.GotoAsync($"/instruments/{TextsInstrument}/texts");
        await Expect(page.GetByText("Your local authority has not imported any texts for this instrument.")).ToBeVisibleAsync();

        var items = InstrumentItems(TextsInstrument);
        var texts = new StringBuilder("Item,Indicator,Not applicable allowed,Text\n");
        foreach (var item in items)
        {
            foreach (var level in new[] { 1, 3, 5, 7 })
                texts.Append(CultureInfo.InvariantCulture, $"{item},{level}.1,N,Placeholder indicator {level}.1 for item {item}\n");
        }

        await UploadAsync(page, "CSV file of indicator texts", "texts-bad.csv", texts + "99,3.1,N,An item the instrument does not have\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import texts" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await session.CheckPageAsync();
        var problems = page.GetByRole(AriaRole.Table, new() { Name = "Problems in the file" }).Locator("tbody tr");
        await Expect(problems).ToHaveCountAsync(1);
        await Expect(problems.First.Locator("td").First).ToHaveTextAsync((items.Count * 4 + 2).ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByText("Your local authority has not imported any texts for this instrument.")).ToBeVisibleAsync();

        await UploadAsync(page, "CSV file of indicator texts", "texts.csv", texts.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Import texts" }).ClickAsync();
        await Expect(page.GetByText($"{items.Count * 4} indicator texts imported")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await Expect(SummaryValue(page, "Texts held")).ToHaveTextAsync($"{items.Count * 4} indicators for {items.Count} items");
        await Expect(page.GetByText("Placeholder indicator 7.1 for item " + items[^1], new() { Exact = true })).ToBeVisibleAsync();
        session.AssertNoCspViolations();
    }

    // "N finished audits" on the download page: what the LA holds, before and after an import.
    private static async Task<int> FinishedAuditsAsync(BrowserSession session)
    {
        await session.GotoAsync("/audits/export");
        var text = await session.Page.GetByText(new Regex("^\\d+ finished audits?\\.$")).InnerTextAsync();
        return int.Parse(Regex.Match(text, "^\\d+").Value, CultureInfo.InvariantCulture);
    }

    private static Task UploadAsync(IPage page, string label, string name, string content) =>
        page.GetByLabel(label).SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(content) });

    // The item numbers of a shipped instrument, read from its file as Ascent reads it.
    private static List<string> InstrumentItems(string code)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ascent.slnx")))
            directory = directory.Parent;
        var file = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("The repository root was not found."), "instruments", code + ".yaml");
        return [.. Regex.Matches(File.ReadAllText(file), "number: \"([^\"]+)\"").Select(m => m.Groups[1].Value)];
    }
}
