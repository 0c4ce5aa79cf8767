using System.Net;
using System.Text;
using System.Text.Json;
using Ascent.Tests.Domain.Frameworks;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Cases.Pathways;

public abstract class PathwayDefinitionsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    // Monday 1 March 2027: three working days later is Thursday 4th, four is Friday 5th.
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static string ShippedRequiresImprovement() =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!, "pathways", "requires-improvement.yaml"));

    private async Task RaiseJudgementAsync(int settingId, string overall, DateTimeOffset at) => await app.WithDbAsync(async (db, _) =>
    {
        var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
        var date = DateOnly.FromDateTime(at.UtcDateTime).AddDays(-7);
        var payload = new { FrameworkCode = "ofsted-eif-2019", Number = "1" + date.DayNumber, Date = date, InspectionType = "Full inspection", OverallGrade = overall, Grades = new Dictionary<string, string> { ["overall"] = overall } };
        db.ChangeEvents.Add(new ChangeEvent(setting.TenantId, setting.Id, ChangeEventTypes.NewJudgement, $"{setting.Name} inspected", JsonSerializer.Serialize(payload), at, null));
        return await db.SaveChangesAsync();
    });

    private Task<SupportCase> OpenCaseAsync(int settingId) => app.WithDbAsync((db, _) =>
        db.Cases.IgnoreQueryFilters().Include(c => c.Tasks).SingleAsync(c => c.SettingId == settingId && c.Status == CaseStatus.Open));

    private Task<List<(string Code, int Number)>> VersionsAsync() => app.WithDbAsync(async (db, _) =>
        (await db.PathwayVersions.IgnoreQueryFilters().Where(v => v.TenantId == app.World.TenantAId).Select(v => new { v.Code, v.Number }).ToListAsync())
            .Select(v => (v.Code, v.Number)).Order().ToList());

    private static async Task<Page> UploadAsync(Browser browser, string fileName, string yaml)
    {
        var form = await browser.GetAsync("/pathways");
        return await browser.UploadAsync(form, new Dictionary<string, string>(), "Upload", (fileName, Encoding.UTF8.GetBytes(yaml)));
    }

    [Fact]
    public async Task UploadedVersion_IsFollowedByNewCases_WhileOpenCasesKeepTheirs()
    {
        await RaiseJudgementAsync(app.World.SettingA1Id, "3", Monday);
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
        var before = await OpenCaseAsync(app.World.SettingA1Id);
        Assert.Equal(new DateOnly(2027, 3, 4), before.Tasks.Single(t => t.Key == "allocate-adviser").DueOn);

        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var changed = ShippedRequiresImprovement().Replace("    due_working_days: 3\n", "    due_working_days: 4\n", StringComparison.Ordinal);
        var page = await UploadAsync(browser, "requires-improvement.yaml", changed);
        Assert.Contains("Requires improvement to be good is now version 2", page.Text, StringComparison.Ordinal);
        Assert.Contains("Open cases stay on the version they started with.", page.Text, StringComparison.Ordinal);

        await RaiseJudgementAsync(app.World.SettingA2Id, "3", Monday);
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
        var after = await OpenCaseAsync(app.World.SettingA2Id);
        Assert.Equal(new DateOnly(2027, 3, 5), after.Tasks.Single(t => t.Key == "allocate-adviser").DueOn);
        Assert.NotEqual(before.PathwayVersionId, after.PathwayVersionId);
        var unchanged = await OpenCaseAsync(app.World.SettingA1Id);
        Assert.Equal(new DateOnly(2027, 3, 4), unchanged.Tasks.Single(t => t.Key == "allocate-adviser").DueOn);
        Assert.Equal(before.PathwayVersionId, unchanged.PathwayVersionId);

        // The list shows the new version and who uploaded it; the version page reads it back in words.
        var list = await browser.GetAsync("/pathways");
        Assert.Contains("Ada Admin", list.Text, StringComparison.Ordinal);
        var version = await browser.GetAsync($"/pathways/versions/{after.PathwayVersionId}");
        Assert.Equal(HttpStatusCode.OK, version.Status);
        Assert.Equal("Requires improvement to be good", version.Heading);
        Assert.Contains("4 working days", version.Text, StringComparison.Ordinal);
        Assert.Contains("due_working_days: 4", version.Document.QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 working days", (await browser.GetAsync($"/pathways/versions/{before.PathwayVersionId}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_NamesAuditsAndPathways_AndKeepsTheCodesToTheClosedDefinitionFile()
    {
        var id = await app.WithDbAsync((db, _) => db.PathwayVersions.IgnoreQueryFilters()
            .Where(v => v.TenantId == app.World.TenantAId && v.Code == "inadequate").Select(v => v.Id).FirstAsync());
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);

        var page = await browser.GetAsync($"/pathways/versions/{id}");

        var file = page.Document.QuerySelector("main details")!;
        Assert.Contains("audits: [sstew]", file.TextContent, StringComparison.Ordinal);
        var words = page.Document.QuerySelector("main")!.TextContent.Replace(file.TextContent, "", StringComparison.Ordinal);
        Assert.Contains("Safeguarding and welfare requirements audit", words, StringComparison.Ordinal);
        Assert.Contains("Sustained Shared Thinking and Emotional Well-being (SSTEW) audit", words, StringComparison.Ordinal);
        var enrols = page.Document.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "Then enrols in");
        Assert.Equal("Annual conversation", enrols.QuerySelector("dd")!.TextContent.Trim());
        foreach (var code in new[] { "sstew", "safeguarding-and-welfare-requirements", "annual-conversation", "allocate-adviser" })
            Assert.DoesNotContain(code, words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("owner: Improvement Adviser\n", "owner: Head Teacher\n", "owner 'Head Teacher' is not a local authority role")]
    [InlineData("- visits: 4-5\n", "- visits: 5-6\n", "visits should start at 4")]
    [InlineData("summary: >-\n", "summary: [unclosed\n", "not valid YAML")]
    public async Task InvalidUpload_ShowsTheLineAndTheReason_AndChangesNothing(string find, string replace, string reason)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        await browser.GetAsync("/pathways"); // stores the shipped definitions as version 1
        var before = await VersionsAsync();
        var shipped = ShippedRequiresImprovement();
        var at = shipped.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var line = shipped[..at].Count(c => c == '\n') + 1;

        var page = await UploadAsync(browser, "broken.yaml", shipped.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.Single(page.ErrorMessages);
        Assert.Contains("broken.yaml was not used", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        if (reason != "not valid YAML") // the parser may notice an unclosed bracket a line or two later
            Assert.Contains($"Line {line}:", error, StringComparison.Ordinal);
        else
            Assert.Matches(@"Line \d+:", error);
        Assert.Equal(before, await VersionsAsync());
    }

    [Fact]
    public async Task Upload_IsForAnLaAdministrator_AndTakesOnlyYaml()
    {
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var list = await adviser.GetAsync("/pathways");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("Open cases stay on the version they started with.", list.Text, StringComparison.Ordinal);
        Assert.Null(list.Document.QuerySelector("main form[enctype='multipart/form-data']"));

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await UploadAsync(admin, "requires-improvement.txt", ShippedRequiresImprovement());
        Assert.Contains("must be a YAML file", Assert.Single(page.ErrorMessages), StringComparison.Ordinal);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var denied = await owner.GetAsync("/pathways", follow: false);
        Assert.Equal(HttpStatusCode.Found, denied.Status);
        Assert.Contains("/account/access-denied", denied.Location ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchoolTerms_AreAdded_AndValidated()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        async Task<Page> AddAsync(string name, string start, string end)
        {
            var form = await browser.GetAsync("/pathways/terms");
            var s = start.Split(' ');
            var e = end.Split(' ');
            return await browser.SubmitAsync(form, new Dictionary<string, string>
            {
                ["Input.Name"] = name,
                ["Input.StartsOn.Day"] = s[0],
                ["Input.StartsOn.Month"] = s[1],
                ["Input.StartsOn.Year"] = s[2],
                ["Input.EndsOn.Day"] = e[0],
                ["Input.EndsOn.Month"] = e[1],
                ["Input.EndsOn.Year"] = e[2],
            }, "#add-term");
        }

        var added = await AddAsync("Autumn 2026", "1 9 2026", "18 12 2026");
        Assert.Contains("Autumn 2026 added", added.Text, StringComparison.Ordinal);
        Assert.Contains("18 December 2026", added.Text, StringComparison.Ordinal);

        var backwards = await AddAsync("Spring 2027", "5 4 2027", "4 1 2027");
        Assert.Contains("The end date must be after the start date", backwards.ErrorMessages);
        var overlapping = await AddAsync("Winter", "14 12 2026", "8 1 2027");
        Assert.Contains(overlapping.ErrorMessages, m => m.Contains("overlaps Autumn 2026", StringComparison.Ordinal));
        var notADate = await AddAsync("", "31 2 2027", "1 4 2027");
        Assert.Contains("Enter a name for the term", notADate.ErrorMessages);
        Assert.Contains("The date the term starts must be a real date", notADate.ErrorMessages);
        Assert.Equal(["Autumn 2026"], await app.WithDbAsync((db, _) => db.SchoolTerms.IgnoreQueryFilters().Where(t => t.TenantId == app.World.TenantAId).Select(t => t.Name).ToListAsync()));

        // An adviser sees the terms but cannot change them.
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var view = await adviser.GetAsync("/pathways/terms");
        Assert.Contains("Autumn 2026", view.Text, StringComparison.Ordinal);
        Assert.Null(view.Document.QuerySelector("#add-term"));

        var removed = await browser.SubmitAsync(await browser.GetAsync("/pathways/terms"), formSelector: "main table form");
        Assert.Contains("Autumn 2026 removed", removed.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.SchoolTerms.IgnoreQueryFilters().AnyAsync(t => t.TenantId == app.World.TenantAId)));
    }
}

public sealed class PathwayDefinitionsTestsOnSqlite(SqliteFixture app) : PathwayDefinitionsTests<SqliteFixture>(app);

public sealed class PathwayDefinitionsTestsOnPostgres(PostgresFixture app) : PathwayDefinitionsTests<PostgresFixture>(app);
