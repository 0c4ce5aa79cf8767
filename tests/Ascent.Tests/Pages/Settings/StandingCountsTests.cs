using System.Globalization;
using System.Net;
using Ascent.Tests.Api;
using Ascent.Tests.Support;
using Ascent.Web.Commands;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Settings;

/// One standing under every framework: the home page, the settings list, its export and the API count and filter the
/// same settings the same way, whichever framework last inspected them.
public abstract class StandingCountsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly string[] RenewedAreas =
        ["inclusion", "curriculum-and-teaching", "achievement", "behaviour-attitudes-and-routines", "welfare-and-wellbeing", "leadership-and-governance"];

    // LA A's register after this: the world's Acorn (EIF good) and Bramble (never inspected), and one setting per outcome.
    private static readonly (string Standing, int Count)[] Expected =
    [
        ("Meeting NQS or above", 1),
        ("Good or better", 2),
        ("Met", 1),
        ("Meets the expected standard or above", 1),
        ("Requires improvement", 1),
        ("Not met", 1),
        ("Needs attention", 1),
        ("Inadequate", 1),
        ("Urgent improvement", 1),
        ("Not yet inspected", 1),
    ];

    private Task EnsureSettingsAsync() => app.WithDbAsync(async (db, services) =>
    {
        if (await db.Settings.AnyAsync(s => s.Reference == "EY100020"))
            return 0;
        var frameworks = services.GetRequiredService<FrameworkRegistry>();
        var tenant = app.World.TenantAId;
        Setting Add(string reference, string name, params (string Framework, string Type, DateOnly Date, string? Overall, string[] Grades)[] inspections)
        {
            var setting = new Setting(tenant, reference, name, "Childcare on non-domestic premises", new DateOnly(2012, 1, 1));
            foreach (var (framework, type, date, overall, grades) in inspections)
            {
                var inspection = new Inspection(setting, reference[2..] + date.DayNumber, date, type, framework, overall);
                foreach (var (area, grade) in RenewedAreas.Prepend("safeguarding").Zip(grades))
                    inspection.SetGrade(area, grade);
                setting.Inspections.Add(inspection);
            }

            setting.RefreshLatestInspection(frameworks);
            db.Settings.Add(setting);
            return setting;
        }

        string[] none = [];
        Add("EY100020", "Rowan Nursery", ("ofsted-eif-2019", "Full inspection", new DateOnly(2023, 4, 4), "3", none));
        Add("EY100021", "Sycamore Pre-school", ("ofsted-cif", "Full inspection", new DateOnly(2016, 2, 2), "4", none));
        Add("EY100022", "Thistle Nursery",
            ("ofsted-eif-2019", "Full inspection", new DateOnly(2022, 5, 5), "2", none),
            ("ofsted-renewed-2025", "Full inspection", new DateOnly(2026, 11, 2), null, ["met", "expected", "needs-attention", "strong", "expected", "expected", "expected"]));
        Add("EY100023", "Umber Day Nursery", ("ofsted-renewed-2025", "Full inspection", new DateOnly(2026, 10, 1), null, ["met", "strong", "expected", "exceptional", "expected", "strong", "expected"]));
        Add("EY100024", "Violet Nursery", ("ofsted-renewed-2025", "Full inspection", new DateOnly(2026, 9, 1), null, ["not-met", "strong", "strong", "strong", "strong", "strong", "strong"]));
        Add("EY100025", "Willow Childcare", ("ofsted-compliance", "No children on roll", new DateOnly(2020, 6, 6), "met", none));
        Add("EY100026", "Yarrow Out of School Club", ("ofsted-compliance", "Childcare Register", new DateOnly(2021, 7, 7), "not-met-with-actions", none));
        Add("EY100027", "Zinnia Nursery",
            ("ofsted-eif-2019", "Full inspection", new DateOnly(2019, 10, 10), "1", none),
            ("ofsted-compliance", "Childcare Register", new DateOnly(2021, 3, 3), "not-met-enforcement", none));
        Add("SE-00000028", "Wattle Early Learning", ("acecqa-nqs-2018", "Assessment and rating", new DateOnly(2024, 1, 1), "exceeding", none)).Regulator = "ACECQA";
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task HomePage_CountsEverySetting_ByItsStanding_UnderEveryFramework()
    {
        await EnsureSettingsAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var home = await browser.GetAsync("/");

        var rows = home.Document.QuerySelectorAll("table").First(t => t.TextContent.Contains("How settings are doing", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Select(r => (r.Children[0].TextContent.Trim(), int.Parse(r.Children[1].TextContent.Trim().Split(' ')[0], CultureInfo.InvariantCulture)));
        Assert.Equal(Expected, rows); // in the standings' order: best first, not yet inspected last
        Assert.Contains("11settings", home.Document.QuerySelector("main a[href='/settings']")!.TextContent.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecentInspections_ShowTheRenewedFrameworksAreaGrades_NeverNoOverallGrade()
    {
        await EnsureSettingsAsync();
        // The register's view of the home page: an LA role with no work queue of its own.
        using var browser = await app.SignInAsNewLaStaffAsync("sufficiency@ashdown.test", "Sam Sufficiency", Ascent.Web.Domain.People.Roles.ChildcareSufficiencyOfficer);
        var home = await browser.GetAsync("/");

        var recent = home.Document.QuerySelectorAll("table").Single(t => t.TextContent.Contains("most recent inspections", StringComparison.Ordinal));
        Assert.DoesNotContain("No overall grade", recent.TextContent, StringComparison.Ordinal);
        var thistle = recent.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Thistle Nursery", StringComparison.Ordinal));
        Assert.Contains("Needs attention", thistle.Children[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("Curriculum and teaching: Needs attention", Squash(thistle.Children[3].TextContent), StringComparison.Ordinal);
        Assert.Contains("Safeguarding: Met", Squash(thistle.Children[3].TextContent), StringComparison.Ordinal);
        var rowan = recent.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Rowan Nursery", StringComparison.Ordinal));
        Assert.Equal("Requires improvement", rowan.Children[3].TextContent.Trim());
    }

    [Theory]
    [InlineData("good-or-better", "Acorn Day Nursery|Zinnia Nursery")]
    [InlineData("requires-improvement", "Rowan Nursery")]
    [InlineData("inadequate", "Sycamore Pre-school")]
    [InlineData("expected-standard-or-above", "Umber Day Nursery")]
    [InlineData("needs-attention", "Thistle Nursery")]
    [InlineData("urgent-improvement", "Violet Nursery")]
    [InlineData("met", "Willow Childcare")]
    [InlineData("not-met", "Yarrow Out of School Club")]
    [InlineData("meeting-nqs-or-above", "Wattle Early Learning")]
    [InlineData("not-yet-inspected", "Bramble Pre-school")]
    public async Task SettingsList_FiltersByStanding_AndTheApiAndExportAgree(string standing, string settings)
    {
        var names = settings.Split('|');
        await EnsureSettingsAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);

        var list = await browser.GetAsync($"/settings?Filter.Standing={standing}");
        Assert.Contains($"{names.Length} setting{(names.Length == 1 ? "" : "s")}", list.Text, StringComparison.Ordinal);
        Assert.Equal(names, list.Document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).Order(StringComparer.Ordinal));
        var label = app.Factory.Services.GetRequiredService<FrameworkRegistry>().FindStanding(standing).Label;
        Assert.All(list.Document.QuerySelectorAll("tbody tr td:last-child"), td => Assert.Equal(label, td.TextContent.Trim()));

        var csv = await browser.GetAsync($"/settings/export?Filter.Standing={standing}&format=csv");
        var lines = csv.Text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var column = Array.IndexOf(lines[0].Split(','), "Standing");
        Assert.True(column > 0, lines[0]);
        Assert.Equal(names.Length, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Equal(label, l.Split(',')[column]));

        using var api = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        var body = await (await api.GetAsync($"/api/v1/settings?standing={standing}")).JsonAsync();
        Assert.Equal(names.Length, body.GetProperty("total").GetInt32());
        Assert.All(body.GetProperty("items").EnumerateArray(), item =>
        {
            Assert.Equal(standing, item.GetProperty("standing").GetProperty("code").GetString());
            Assert.Equal(label, item.GetProperty("standing").GetProperty("label").GetString());
        });
    }

    [Fact]
    public async Task Api_GivesEverySettingsStanding_AndRefusesAnUnknownOne()
    {
        await EnsureSettingsAsync();
        using var api = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        var thistle = await app.WithDbAsync((db, _) => db.Settings.Where(s => s.Reference == "EY100022").Select(s => s.Id).SingleAsync());
        var one = await (await api.GetAsync($"/api/v1/settings/{thistle}")).JsonAsync();
        Assert.Equal("needs-attention", one.GetProperty("standing").GetProperty("code").GetString());
        Assert.Equal("improve", one.GetProperty("standing").GetProperty("band").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, one.GetProperty("latestInspection").GetProperty("overallGrade").ValueKind);

        var unknown = await api.GetAsync("/api/v1/settings?standing=good");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("standing", out _));
    }

    [Fact]
    public async Task SortingByStanding_PutsTheBestOrTheWorstFirst_AndNotYetInspectedLast()
    {
        await EnsureSettingsAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var sorted = await browser.GetAsync("/settings?Filter.Sort=standing");
        var standings = sorted.Document.QuerySelectorAll("tbody tr td:last-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(Expected.SelectMany(e => Enumerable.Repeat(e.Standing, e.Count)), standings);

        // Worst first the other way, but settings not yet inspected stay last.
        var descending = await browser.GetAsync("/settings?Filter.Sort=-standing");
        var reversed = descending.Document.QuerySelectorAll("tbody tr td:last-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(Expected.SkipLast(1).Reverse().Append(Expected[^1]).SelectMany(e => Enumerable.Repeat(e.Standing, e.Count)), reversed);
    }

    [Fact]
    public async Task CommandLineExport_FiltersByStanding_AndRefusesAnUnknownOne()
    {
        await EnsureSettingsAsync();
        var output = Path.Combine(Path.GetTempPath(), $"ascent-standing-{Guid.NewGuid():N}.csv");
        try
        {
            Assert.Equal(0, await ExportCommand.RunAsync(app.Factory.Services, ["export", "settings", "--output", output, "--la", "Ashdown", "--standing", "needs-attention"]));
            var lines = await File.ReadAllLinesAsync(output);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("EY100022,Thistle Nursery,", lines[1], StringComparison.Ordinal);
            Assert.Contains(",Needs attention,", lines[1], StringComparison.Ordinal);

            Assert.Equal(2, await ExportCommand.RunAsync(app.Factory.Services, ["export", "settings", "--output", output, "--standing", "good"]));
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public sealed class StandingCountsTestsOnSqlite(SqliteFixture app) : StandingCountsTests<SqliteFixture>(app);

public sealed class StandingCountsTestsOnPostgres(PostgresFixture app) : StandingCountsTests<PostgresFixture>(app);
