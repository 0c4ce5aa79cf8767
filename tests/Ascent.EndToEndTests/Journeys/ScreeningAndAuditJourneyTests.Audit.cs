using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// The environment rating of the pre-school room, its suggested goals and the room's run chart.
public sealed partial class ScreeningAndAuditJourneyTests
{
    private const string Instrument = "Early childhood environment rating (compatible with ECERS-3)";
    private const string Annotation = "Training day on schemas";

    /// The score given to each item, by its number: low in language and literacy, so that goals are suggested there.
    private static int ScoreOf(string item) => int.Parse(item, CultureInfo.InvariantCulture) switch
    {
        >= 12 and <= 16 => new[] { 2, 3, 2, 4, 3 }[int.Parse(item, CultureInfo.InvariantCulture) - 12],
        var n when n % 5 == 0 => 3,
        var n when n % 3 == 0 => 6,
        var n when n % 7 == 0 => 7,
        _ => 5,
    };

    /// An environment rating of the pre-school room by item scores, a subscale a page; finished (its answers locked),
    /// then its results: each subscale's mean and the total worked out here from the scores given. Returns the results'
    /// path and the two goals the manager adds from it.
    private static async Task<(string ResultsPath, string[] Goals)> AuditThePreSchoolRoomAsync(BrowserSession session)
    {
        var page = session.Page;
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Audits and environment ratings" }), "/settings/\\d+/audits$");
        await Expect(heading).ToHaveTextAsync("Audits");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Start an audit" }), "/settings/\\d+/audits/new$");
        await page.GetByRole(AriaRole.Group, new() { Name = "What are you auditing with?" }).GetByLabel(Instrument, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Where did you observe?").SelectOptionAsync(new SelectOptionValue { Label = $"{Room} (3 and 4)" });
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "How will you record it?" }).GetByLabel("Item scores: I choose each item's score")).ToBeCheckedAsync();
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Start the audit" }), "/audits/\\d+/sheets/\\d+");
        await Expect(page.GetByText("Audit started")).ToBeVisibleAsync();

        // Each page is one subscale: every item on it scored, then on to the next.
        var subscales = new List<(string Name, List<int> Scores)>();
        while (Regex.IsMatch(new Uri(page.Url).AbsolutePath, "^/audits/\\d+/sheets/\\d+$"))
        {
            var name = (await heading.InnerTextAsync()).Trim();
            var scores = new List<int>();
            var items = page.Locator("[data-audit-item]");
            var count = await items.CountAsync();
            Assert.True(count > 0, $"The page for {name} has no items.");
            for (var i = 0; i < count; i++)
            {
                var item = items.Nth(i);
                var score = ScoreOf(await item.GetAttributeAsync("data-audit-item") ?? "");
                await item.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{score}( [A-Z][a-z]+)?$") }).CheckAsync();
                scores.Add(score);
            }

            subscales.Add((name, scores));
            var before = page.Url;
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            // The address is polled (see ClickAndCheckAsync): a navigation wait races the redirect on a busy machine.
            await Expect(page).Not.ToHaveURLAsync(before, new() { Timeout = 90_000 });
            await Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
            await session.CheckPageAsync();
        }

        Assert.Equal(6, subscales.Count);
        Assert.Equal(35, subscales.Sum(s => s.Scores.Count));
        await Expect(page).ToHaveURLAsync(new Regex("/audits/\\d+$"));
        await Expect(page.GetByText("Your answers are saved")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Sheets" }).Locator("tbody tr").First).ToContainTextAsync("35 of 35 items answered");

        await SubmitAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Finish the audit" }), "Audit finished: its answers are now locked");
        await Expect(heading.Locator(".govuk-tag")).ToHaveTextAsync("Finished");
        var all = subscales.SelectMany(s => s.Scores).ToList();
        await Expect(page.Locator(".govuk-summary-list__row", new() { HasText = "Result" })).ToContainTextAsync($"Total {Mean(all).Split(' ')[0]}");
        // Locked: no sheet to continue and no finish button; the sheet reads back without a form.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Continue your sheet" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Finish the audit" })).ToHaveCountAsync(0);
        var auditPath = new Uri(page.Url).AbsolutePath;
        await ClickAndCheckAsync(session, page.Locator("main tbody").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^View") }), "/audits/\\d+/sheets/\\d+$");
        await Expect(page.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" })).ToHaveCountAsync(0);
        await session.GotoAsync(auditPath);

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "See the results" }), "/audits/\\d+/results$");
        await Expect(heading).ToHaveTextAsync($"Results of the {Instrument}");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Subscales and total" });
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(subscales.Count + 1);
        foreach (var (name, scores) in subscales)
        {
            var row = table.Locator("tbody tr", new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true }) });
            await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(Mean(scores));
        }

        await Expect(table.Locator("tbody tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Total" }) }).Locator("td").First).ToHaveTextAsync(Mean(all));
        // An item's score with its band, in its subscale's table.
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Language and Literacy", Exact = true })
            .Locator("tbody tr", new() { HasText = "12. Helping children expand vocabulary" })).ToContainTextAsync("2 (inadequate)");

        var suggestions = page.GetByRole(AriaRole.Table, new() { Name = "Suggested goals" }).Locator("tbody tr");
        Assert.True(await suggestions.CountAsync() >= 2, "The results suggest at least two goals.");
        var goals = new string[2];
        for (var i = 0; i < 2; i++)
            goals[i] = (await suggestions.Nth(i).Locator("td").Nth(1).InnerTextAsync()).Trim();
        return (new Uri(page.Url).AbsolutePath, goals);
    }

    /// Two suggested goals added with one click each; the button goes, a second click from a page opened before is
    /// refused, and each goal shows in the plan once, its source the audit's results.
    private static async Task AcceptTwoGoalsAsync(BrowserSession session, string resultsPath, string[] goals)
    {
        var page = session.Page;
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        var stale = await page.Context.NewPageAsync();
        try
        {
            await stale.GotoAsync(resultsPath);
            foreach (var goal in goals)
            {
                var row = page.GetByRole(AriaRole.Table, new() { Name = "Suggested goals" }).Locator("tbody tr", new() { HasText = goal });
                await SubmitAndCheckAsync(session, row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Add to the plan") }), "Goal added to the improvement plan");
                await Expect(row.Locator(".govuk-tag")).ToHaveTextAsync("Added to the plan");
                await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
                await Expect(row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^See the goal") })).ToBeVisibleAsync();
            }

            // The same goal again, from the page opened before it was added: Ascent says it is already there.
            await stale.Locator("tbody tr", new() { HasText = goals[0] }).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Add to the plan") }).ClickAsync();
            await Expect(stale.GetByText("That goal is already in the improvement plan")).ToBeVisibleAsync();
        }
        finally
        {
            await stale.CloseAsync();
        }

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Improvement plan" }), "/settings/\\d+/plan$");
        await Expect(heading).ToHaveTextAsync("Improvement plan");
        var openGoals = page.GetByRole(AriaRole.Table, new() { Name = "Open goals" });
        foreach (var goal in goals)
            await Expect(openGoals.GetByRole(AriaRole.Link, new() { Name = goal, Exact = true })).ToHaveCountAsync(1);

        await ClickAndCheckAsync(session, openGoals.GetByRole(AriaRole.Link, new() { Name = goals[1], Exact = true }), "/plan-goals/\\d+$");
        await Expect(heading).ToHaveTextAsync(goals[1]);
        var source = page.Locator(".govuk-summary-list__row", new() { HasText = "Comes from" }).GetByRole(AriaRole.Link);
        await Expect(source).ToHaveTextAsync(new Regex("^From the early childhood environment rating \\(compatible with ECERS-3\\) of .*, Pre-school room: "));
        await ClickAndCheckAsync(session, source, Regex.Escape(resultsPath) + "$");
    }

    /// The room's run chart of mean involvement: the demo's two rounds and today's, the last at the mean typed; a
    /// training day marked between them shows as a numbered marker, in the list of changes and with the summary and
    /// the data table.
    private static async Task MarkTheRunChartAsync(BrowserSession session, DateOnly roundDate)
    {
        var page = session.Page;
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        var chartName = $"Mean involvement: {Room}";
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Charts: measures over time") }), "/settings/\\d+/charts$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = chartName, Exact = true }), "/settings/\\d+/charts/series\\?key=");
        await Expect(heading).ToHaveTextAsync(chartName);

        var markedOn = roundDate.AddDays(-14);
        var mark = page.GetByRole(AriaRole.Group, new() { Name = "Mark a change" });
        await mark.GetByLabel("Day").FillAsync(markedOn.Day.ToString(CultureInfo.InvariantCulture));
        await mark.GetByLabel("Month").FillAsync(markedOn.Month.ToString(CultureInfo.InvariantCulture));
        await mark.GetByLabel("Year").FillAsync(markedOn.Year.ToString(CultureInfo.InvariantCulture));
        await mark.GetByLabel("What changed").FillAsync(Annotation);
        var when = markedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        await SubmitAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Mark the change" }), $"“{Annotation}” marked at {when}");

        // The chart: its summary in words, the marker and the list of changes, and the data behind it.
        var block = page.Locator(".app-chart-block");
        await Expect(block).ToContainTextAsync("not enough data to judge");
        var changes = block.GetByRole(AriaRole.Heading, new() { Name = "Changes marked on this chart" }).Locator("xpath=following-sibling::ol[1]");
        await Expect(changes).ToContainTextAsync($"{when}: {Annotation}");
        var number = await changes.Locator("li").AllInnerTextsAsync();
        var position = number.ToList().FindIndex(t => t.Contains(Annotation, StringComparison.Ordinal)) + 1;
        await Expect(block.Locator("svg text[font-weight='bold']", new() { HasTextRegex = new Regex($"^{position}$") })).ToHaveCountAsync(1);

        await block.Locator("summary", new() { HasText = "Show the data as a table (3 values)" }).ClickAsync();
        var rows = page.GetByRole(AriaRole.Table, new() { Name = $"{chartName}: data" }).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        var mean = Math.Round((decimal)Involvement.Sum() / Involvement.Length, 2, MidpointRounding.AwayFromZero);
        await Expect(rows.Nth(2).Locator("td").First).ToHaveTextAsync(roundDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await Expect(rows.Nth(2).Locator("td").Nth(1)).ToHaveTextAsync(mean.ToString("0.####", CultureInfo.InvariantCulture));
        await session.CheckPageAsync();
    }

    /// A form that posts back to the page it is on: waits for the page after it (its success banner), then checks it.
    private static async Task SubmitAndCheckAsync(BrowserSession session, ILocator button, string banner)
    {
        await button.ClickAsync();
        await Expect(session.Page.Locator(".govuk-notification-banner", new() { HasText = banner })).ToBeVisibleAsync();
        await session.CheckPageAsync();
    }

    /// A mean as the results show it: two decimal places and the band of the whole scores it lies between.
    private static string Mean(IReadOnlyCollection<int> scores)
    {
        var mean = Math.Round((decimal)scores.Sum() / scores.Count, 2, MidpointRounding.AwayFromZero);
        var band = mean switch { < 3 => "inadequate", < 5 => "minimal", < 7 => "good", _ => "excellent" };
        return $"{mean.ToString("0.00", CultureInfo.InvariantCulture)} ({band})";
    }
}
