using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Issue 15's setting manager, end to end: a Leuven screening of the pre-school room's twenty children typed into the
/// grid with the keyboard alone, the room view's spread and the children needing action with their action points; an
/// environment rating of the room by item scores, finished and locked, with its subscale means and total; two of its
/// suggested goals added to the improvement plan, linked back to the audit; and the room's run chart of mean
/// involvement, now three rounds long, with a change marked on it. Every page is checked with axe.
[Collection(SharedBrowser.Name)]
public sealed partial class ScreeningAndAuditJourneyTests(AscentBrowserFixture app)
{
    private const string Manager = "manager@littleacorns.example";
    private const string Password = "ascent-demo-2026";
    private const string Room = "Pre-school room";

    // The levels typed for the room's children P01 to P20, well-being then involvement: a room with red, amber and
    // green children, and every level of both scales but one.
    private static readonly int[] WellBeing = [4, 5, 3, 2, 4, 5, 4, 3, 4, 5, 1, 4, 5, 4, 3, 4, 5, 4, 4, 5];
    private static readonly int[] Involvement = [4, 4, 3, 3, 5, 5, 2, 4, 4, 5, 2, 3, 4, 5, 4, 4, 4, 5, 4, 3];

    private const string ChildAction = "Key person to observe P04 at snack time and share what they see with the family.";
    private const string RoomAction = "Put out open-ended materials at the start of each session and cut the times children wait.";

    [Fact]
    public async Task Journey_AsDemoSettingManager_ScreensARoomByKeyboard_AuditsIt_AcceptsTwoGoals_AndMarksTheRunChart()
    {
        await using var manager = await app.NewSessionAsync();
        await SignInTests.SignInAsync(manager, Manager, Password);
        var settingPath = await OpenTheSettingAsync(manager);

        var roundDate = await ScreenThePreSchoolRoomAsync(manager);
        await manager.GotoAsync(settingPath);
        var (resultsPath, goals) = await AuditThePreSchoolRoomAsync(manager);
        await AcceptTwoGoalsAsync(manager, resultsPath, goals);
        await manager.GotoAsync(settingPath);
        await MarkTheRunChartAsync(manager, roundDate);
    }

    /// The manager's own setting, from the menu. Returns its path.
    private static async Task<string> OpenTheSettingAsync(BrowserSession session)
    {
        var page = session.Page;
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }), "/settings$");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Little Acorns Day Nursery", Exact = true }), "/settings/\\d+$");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Little Acorns Day Nursery");
        return new Uri(page.Url).AbsolutePath;
    }

    /// A new round for the pre-school room, its forty levels typed and tabbed through, then the room view: each
    /// scale's spread (counts by level, with the band in words and a pattern in the bar), the bands' counts and the
    /// red and amber children; an action point for one child and one for the room. Returns the round's date.
    private static async Task<DateOnly> ScreenThePreSchoolRoomAsync(BrowserSession session)
    {
        var page = session.Page;
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Leuven screening of well-being and involvement" }), "/settings/\\d+/screening$");
        await Expect(heading).ToHaveTextAsync("Leuven screening");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = $"Start a round for {Room}" }), "/settings/\\d+/screening/new\\?Room=\\d+$");
        await Expect(heading).ToHaveTextAsync("Start a round");
        await Expect(page.GetByLabel("Room", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync(Room);
        // The name and date Ascent proposes from the term are kept, as most people will.
        var roundName = await page.GetByLabel("Name of the round").InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(roundName), "Ascent proposes a name for the round.");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Start and enter scores" }), "/screening/rounds/\\d+/grid$");
        await Expect(heading).ToHaveTextAsync($"Enter scores for {roundName}");

        // The keyboard alone: a level, then Tab to the next box, forty times; the last Tab reaches the save button.
        var boxes = page.Locator("form.app-score-grid input.app-score");
        await Expect(boxes).ToHaveCountAsync(2 * WellBeing.Length);
        await page.GetByLabel("Well-being for P01", new() { Exact = true }).FocusAsync();
        for (var child = 0; child < WellBeing.Length; child++)
        {
            foreach (var level in new[] { WellBeing[child], Involvement[child] })
            {
                await page.Keyboard.TypeAsync(level.ToString(CultureInfo.InvariantCulture));
                await page.Keyboard.PressAsync("Tab");
            }
        }

        for (var child = 0; child < WellBeing.Length; child++)
        {
            await Expect(page.GetByLabel($"Well-being for {Code(child)}", new() { Exact = true })).ToHaveValueAsync(Digit(WellBeing[child]));
            await Expect(page.GetByLabel($"Involvement for {Code(child)}", new() { Exact = true })).ToHaveValueAsync(Digit(Involvement[child]));
        }

        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save the room's scores" });
        await Expect(save).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/screening/rounds/\\d+$"), new() { Timeout = 90_000 });
        await Expect(page.GetByText($"Scores saved for {WellBeing.Length} children")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await Expect(heading).ToHaveTextAsync(roundName);
        await Expect(page.GetByText(new Regex($"{WellBeing.Length} children screened"))).ToBeVisibleAsync();

        await AssertDistributionAsync(page, "Well-being", WellBeing);
        await AssertDistributionAsync(page, "Involvement", Involvement);
        var bands = Enumerable.Range(0, WellBeing.Length).Select(i => (Code: Code(i), Band: Band(WellBeing[i], Involvement[i]))).ToList();
        foreach (var name in new[] { "Red", "Amber", "Green" })
        {
            var count = bands.Count(b => b.Band == name);
            var row = page.Locator(".govuk-summary-list__row", new() { Has = page.Locator(".govuk-summary-list__key", new() { HasTextRegex = new Regex($"^{name}$") }) });
            await Expect(row.Locator(".govuk-summary-list__value")).ToHaveTextAsync(new Regex($"^\\s*{count} \\({Percent(count)}%\\):"));
        }

        // The children needing action: the red ones, then the amber ones, each with its band in words.
        var needing = bands.Where(b => b.Band != "Green").OrderBy(b => b.Band == "Red" ? 0 : 1).ThenBy(b => b.Code, StringComparer.Ordinal).ToList();
        var listed = page.Locator("h3.govuk-heading-s");
        await Expect(listed).ToHaveCountAsync(needing.Count);
        for (var i = 0; i < needing.Count; i++)
        {
            await Expect(listed.Nth(i)).ToContainTextAsync(needing[i].Code);
            await Expect(listed.Nth(i).Locator(".govuk-tag")).ToHaveTextAsync(needing[i].Band);
        }

        // An action point for one red child, then one for the room.
        var (code, band) = needing.First(b => b.Code == "P04");
        Assert.Equal("Red", band);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = $"Add an action point for {code}", Exact = true }), "/screening/rounds/\\d+/action\\?child=\\d+$");
        await Expect(heading).ToHaveTextAsync($"Action point for {code}");
        await page.GetByLabel("What will be done").FillAsync(ChildAction);
        await page.GetByLabel("Who will do it").FillAsync("Sam (key person)");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Add action point" }), "/screening/rounds/\\d+$");
        await Expect(page.GetByText($"Action point added for {code}")).ToBeVisibleAsync();
        var childSection = page.Locator("h3.govuk-heading-s", new() { HasText = code }).Locator("xpath=following-sibling::*[1]/following-sibling::ul[1]");
        await Expect(childSection).ToContainTextAsync(ChildAction);

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Add an action point for the room" }), "/screening/rounds/\\d+/action$");
        await Expect(heading).ToHaveTextAsync("Action point for the room");
        await page.GetByLabel("What will be done").FillAsync(RoomAction);
        await page.GetByLabel("Who will do it").FillAsync("Room leader");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Add action point" }), "/screening/rounds/\\d+$");
        await Expect(page.GetByText("Action point added for the room")).ToBeVisibleAsync();
        var roomActions = page.GetByRole(AriaRole.Heading, new() { Name = "Action points for the room" }).Locator("xpath=following-sibling::ul[1]");
        await Expect(roomActions).ToContainTextAsync(RoomAction);
        await Expect(roomActions).ToContainTextAsync("By Room leader");

        var dated = await page.GetByText(new Regex("^Dated ")).InnerTextAsync();
        return DateOnly.ParseExact(Regex.Match(dated, "^Dated (\\d+ \\w+ \\d{4})").Groups[1].Value, "d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
    }

    /// One scale's table: each level's band in words, its bar filled with the band's pattern, and its count and share.
    private static async Task AssertDistributionAsync(IPage page, string scale, int[] levels)
    {
        var table = page.GetByRole(AriaRole.Table, new() { Name = $"{scale}: children at each level" });
        var rows = table.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(5);
        for (var level = 1; level <= 5; level++)
        {
            var count = levels.Count(l => l == level);
            var row = rows.Nth(level - 1);
            await Expect(row.Locator("td").Nth(0)).ToContainTextAsync(Digit(level));
            await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(level < 3 ? "Red" : level == 3 ? "Amber" : "Green");
            await Expect(row.Locator("td").Nth(2)).ToContainTextAsync($"{count} {(count == 1 ? "child" : "children")} ({Percent(count)}%)");
            await Expect(row.Locator("svg rect[fill^='url(#']")).ToHaveCountAsync(1);
        }

        var mean = Math.Round((decimal)levels.Sum() / levels.Length, 2, MidpointRounding.AwayFromZero);
        await Expect(page.GetByText($"Mean {scale.ToLowerInvariant()}: {mean.ToString("0.00", CultureInfo.InvariantCulture)}")).ToBeVisibleAsync();
    }

    /// The screening rule: below 3 on either scale is red, a 3 and nothing lower amber, 4 or 5 on both green.
    private static string Band(int wellBeing, int involvement) =>
        Math.Min(wellBeing, involvement) switch { < 3 => "Red", 3 => "Amber", _ => "Green" };

    private static int Percent(int count) => (int)Math.Round(100m * count / WellBeing.Length, MidpointRounding.AwayFromZero);

    private static string Code(int child) => $"P{child + 1:00}";

    private static string Digit(int level) => level.ToString(CultureInfo.InvariantCulture);
}
