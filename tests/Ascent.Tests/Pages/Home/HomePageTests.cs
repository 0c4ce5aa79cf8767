using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.Tests.Support;
using Ascent.Web.Domain.People;

namespace Ascent.Tests.Pages.Home;

/// Each LA role's home page is its work queue: every figure is a link, and the list behind it shows that many. LA B's
/// work (HomeWorld adds one of each kind there too) is never counted.
public abstract class HomePageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Adviser_SeesTheirTasksCasesVisitsAndNotes_AndEachFigureLeadsToItsList()
    {
        await HomeWorld.EnsureAsync(app);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserA);
        var home = await browser.GetAsync("/");

        var figures = Figures(home);
        Assert.Equal(
            new[]
            {
                ("open tasks", 2), ("task overdue", 1), ("case allocated to you", 1), ("visit this week and next", 1),
                ("notes to write or issue", 2), ("notes to chase for acknowledgement", 0),
            },
            figures.Select(f => (f.Label, f.Count)));
        await EachFigureLeadsToItsListAsync(browser, figures);

        var tasks = home.Document.QuerySelectorAll("table").Single(t => t.TextContent.Contains("Your next tasks", StringComparison.Ordinal));
        var rows = tasks.QuerySelectorAll("tbody tr").Select(r => Squash(r.TextContent)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Ring the manager", rows[0], StringComparison.Ordinal);
        Assert.Contains("3 working days overdue", rows[0], StringComparison.Ordinal);
        Assert.Contains("due in 3 working days", rows[1], StringComparison.Ordinal);
        Assert.Contains("Annual conversation, Acorn Day Nursery", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Spring conversation", home.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeniorAdviser_SeesAllocationMissedDeadlinesReviewsAndAlerts_OfTheirOwnLaOnly()
    {
        await HomeWorld.EnsureAsync(app);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.SeniorA);
        var home = await browser.GetAsync("/");

        var figures = Figures(home);
        Assert.Equal(
            new[]
            {
                ("case waiting for allocation", 1), ("deadlines missed", 2), ("note review requested", 1),
                ("two-cancellation alert", 1), ("funding-withdrawal review", 1),
            },
            figures.Select(f => (f.Label, f.Count)));
        await EachFigureLeadsToItsListAsync(browser, figures);
        Assert.DoesNotContain("Cedar Nursery", home.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_SeesTheSettingsByStanding_DeadlinesMetAndFundingDecisions_EachLinked()
    {
        await HomeWorld.EnsureAsync(app);
        using var browser = await app.SignInAsNewLaStaffAsync(HomeWorld.ManagerA, "Mo Manager", Roles.ImprovementAndStandardsManager);
        var home = await browser.GetAsync("/");

        var figures = Figures(home);
        Assert.Equal(new[] { ("funding decision waiting", 1), ("deadline met this term", 1) }, figures.Select(f => (f.Label, f.Count)));
        await EachFigureLeadsToItsListAsync(browser, figures);

        var standings = home.Document.QuerySelectorAll("table").Single(t => t.TextContent.Contains("How settings are doing", StringComparison.Ordinal))
            .QuerySelectorAll("tbody a").ToList();
        Assert.NotEmpty(standings);
        foreach (var link in standings)
        {
            var count = int.Parse(link.FirstChild!.TextContent, CultureInfo.InvariantCulture);
            var list = await browser.GetAsync(link.GetAttribute("href")!);
            Assert.StartsWith($"{count} {(count == 1 ? "setting" : "settings")}", list.Heading, StringComparison.Ordinal);
        }

        var total = home.Document.QuerySelector("main a[href='/settings']")!;
        Assert.Equal("2 settings on the register", Squash(total.TextContent));
    }

    [Fact]
    public async Task LaAdministrator_SeesTheLastImportInvitationsAndEmailFailures()
    {
        await HomeWorld.EnsureAsync(app);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var home = await browser.GetAsync("/");

        var figures = Figures(home);
        Assert.Equal(new[] { ("invitation waiting to be accepted", 1), ("e-mail that could not be sent", 1) }, figures.Select(f => (f.Label, f.Count)));
        await EachFigureLeadsToItsListAsync(browser, figures);
        var import = home.Document.QuerySelectorAll("main a").Single(a => a.TextContent == "register-november.csv");
        Assert.Equal("Imported", Squash(import.ParentElement!.QuerySelector("strong")!.TextContent));
        Assert.Contains("12 rows: 2 added, 3 updated, 7 unchanged, 0 rejected", home.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdviserWithNothingToDo_IsToldWhatToDoNext()
    {
        using var browser = await app.SignInAsNewLaStaffAsync(HomeWorld.QuietAdviserA, "Quinn Quiet", Roles.ImprovementAdviser);
        var home = await browser.GetAsync("/");

        Assert.All(Figures(home), f => Assert.Equal(0, f.Count));
        Assert.Contains("No tasks due. Cases you are allocated appear here", home.Text, StringComparison.Ordinal);
        Assert.Contains("No visits planned this week or next", home.Text, StringComparison.Ordinal);
        Assert.Contains("None has changed since your last comment", home.Text, StringComparison.Ordinal);
        Assert.NotNull(home.Document.QuerySelector("main a[href='/cases?Show=mine']"));
    }

    [Theory]
    [InlineData(HomeWorld.SufficiencyA, Roles.ChildcareSufficiencyOfficer)]
    [InlineData(TestWorld.SystemAdmin, null)]
    public async Task OtherRoles_SeeTheRegisterByStandingAndRecentInspections(string email, string? role)
    {
        using var browser = role is null ? app.NewBrowser() : await app.SignInAsNewLaStaffAsync(email, "Sam Sufficiency", role);
        if (role is null)
            await browser.SignInAsync(email);
        var home = await browser.GetAsync("/");

        Assert.NotNull(home.Document.QuerySelectorAll("table").SingleOrDefault(t => t.TextContent.Contains("How settings are doing", StringComparison.Ordinal)));
        Assert.Contains("Recent inspections", home.Text, StringComparison.Ordinal);
        Assert.Empty(Figures(home));
    }

    private static List<(string Label, int Count, string Href)> Figures(Page page) =>
        [.. page.Document.QuerySelectorAll("main .app-figures a").Select(a => (
            a.QuerySelector(".app-stat__label")!.TextContent.Trim(),
            int.Parse(a.QuerySelector(".app-stat")!.TextContent, NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
            a.GetAttribute("href")!))];

    private static async Task EachFigureLeadsToItsListAsync(Browser browser, IEnumerable<(string Label, int Count, string Href)> figures)
    {
        foreach (var (label, count, href) in figures)
        {
            var list = await browser.GetAsync(href);
            Assert.True(list.Status == System.Net.HttpStatusCode.OK, $"{label}: {href} answered {list.Status}");
            Assert.True(ListCount(list, href) == count, $"{label}: {href} shows {ListCount(list, href)}, the home page {count}");
        }
    }

    /// What the list a figure links to says it holds, read from where that list says it.
    private static int ListCount(Page list, string href)
    {
        var main = list.Document.QuerySelector("main")!;
        int Number(string? text, Regex pattern) => text is not null && pattern.Match(text) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 0;
        if (href.StartsWith("/tasks?show=", StringComparison.Ordinal))
        {
            var stated = Number(main.QuerySelector("p strong")?.TextContent, ListCounts.Counted());
            Assert.Equal(stated, main.QuerySelectorAll("tbody tr").Length);
            return stated;
        }

        return href switch
        {
            "/tasks" => main.QuerySelectorAll("tbody tr").Length,
            "/tasks#unacknowledged" => Number(main.QuerySelector("#unacknowledged")?.TextContent, ListCounts.Bracketed()),
            "/funding#proposals" => Number(main.QuerySelector("#proposals")?.TextContent, ListCounts.Bracketed()),
            "/people#invitations" => Number(main.QuerySelector("#invitations")?.TextContent, ListCounts.Bracketed()),
            "/outbox" => Number(main.TextContent, ListCounts.FailedCount()),
            _ when href.StartsWith("/visits?show=", StringComparison.Ordinal) => VisitCount(main, Number(main.QuerySelector("h2")?.TextContent, ListCounts.Bracketed())),
            _ when href.StartsWith("/cases", StringComparison.Ordinal) => Number(main.TextContent, ListCounts.Counted()),
            _ => throw new InvalidOperationException($"No list count known for {href}"),
        };
    }

    private static int VisitCount(AngleSharp.Dom.IElement main, int stated)
    {
        Assert.Equal(stated, main.QuerySelectorAll("tbody tr").Length);
        return stated;
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// The ways the lists state how many they hold.
internal static partial class ListCounts
{
    [GeneratedRegex(@"([\d,]+) (?:tasks?|cases?)\b")]
    internal static partial Regex Counted();

    [GeneratedRegex(@"\(([\d,]+)")]
    internal static partial Regex Bracketed();

    [GeneratedRegex(@"([\d,]+) failed")]
    internal static partial Regex FailedCount();
}

public sealed class HomePageTestsOnSqlite(SqliteFixture app) : HomePageTests<SqliteFixture>(app);

public sealed class HomePageTestsOnPostgres(PostgresFixture app) : HomePageTests<PostgresFixture>(app);
