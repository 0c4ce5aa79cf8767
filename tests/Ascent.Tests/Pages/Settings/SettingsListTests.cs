using Ascent.Tests.Support;
using Ascent.Web.Commands;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Ascent.Tests.Pages.Settings;

public abstract class SettingsListTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private async Task EnsureMoreSettingsAsync() => await app.WithDbAsync(async (db, services) =>
    {
        if (await db.Settings.AnyAsync(s => s.Reference == "EY100010"))
            return 0;
        var tenant = app.World.TenantAId;
        var frameworks = services.GetRequiredService<FrameworkRegistry>();
        var minder = new Setting(tenant, "EY100010", "Zoe's Childminding", "Childminder", null) { Sector = "Childminder", Postcode = "AS9 9ZZ", District = "North" };
        minder.Inspections.Add(new Inspection(minder, "10000010", new DateOnly(2024, 1, 10), "Full inspection", "ofsted-eif-2019", "4"));
        minder.RefreshLatestInspection(frameworks);
        var preschool = new Setting(tenant, "EY100011", "Maple Pre-school", "Childcare on non-domestic premises", null) { Postcode = "AS9 8YY", District = "North" };
        preschool.Inspections.Add(new Inspection(preschool, "10000011", new DateOnly(2022, 3, 3), "Full inspection", "ofsted-eif-2019", "1"));
        preschool.RefreshLatestInspection(frameworks);
        db.Settings.AddRange(minder, preschool);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Filters_ByJudgementTypeAndDistrict_AndKeepThemAcrossSortAndExportLinks()
    {
        await EnsureMoreSettingsAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);

        var inadequate = await browser.GetAsync("/settings?Filter.Judgement=4");
        Assert.Contains("Zoe&#x27;s Childminding", inadequate.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Maple Pre-school", inadequate.Text, StringComparison.Ordinal);
        Assert.Contains("1 setting", inadequate.Text, StringComparison.Ordinal);

        var north = await browser.GetAsync("/settings?Filter.District=North&Filter.Type=Childcare+on+non-domestic+premises");
        Assert.Contains("Maple Pre-school", north.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zoe", north.Text, StringComparison.Ordinal);
        var csvLink = north.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h!.Contains("format=csv", StringComparison.Ordinal))!;
        Assert.Contains("District=North", csvLink, StringComparison.Ordinal);

        var sorted = await browser.GetAsync("/settings?Filter.Sort=-judgement");
        var names = sorted.Document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("Zoe's Childminding", names[0]);
    }

    [Fact]
    public async Task Export_AsCsvAndXlsx_HoldsExactlyTheFilteredSettings()
    {
        await EnsureMoreSettingsAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var csv = await browser.GetAsync("/settings/export?Filter.District=North&format=csv");
        Assert.Equal("text/csv", csv.Response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("URN,Name,Provider type", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("EY100010,Zoe's Childminding,Childminder,", StringComparison.Ordinal) && l.Contains(",Inadequate,", StringComparison.Ordinal));

        var xlsx = await browser.Client.GetAsync("/settings/export?Filter.District=North&format=xlsx");
        await using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => (string)r["URN"] == "EY100011" && (string)r["Latest overall judgement"] == "Outstanding");
    }

    [Fact]
    public async Task Export_NeverIncludesAnotherLasSettings()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var csv = await browser.GetAsync("/settings/export?format=csv");
        Assert.DoesNotContain("EY200001", csv.Text, StringComparison.Ordinal);
        Assert.Contains("EY100001", csv.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLineExport_ForOneLa_WritesItsSettings()
    {
        await EnsureMoreSettingsAsync();
        var output = Path.Combine(Path.GetTempPath(), $"ascent-export-{Guid.NewGuid():N}.csv");
        try
        {
            var code = await ExportCommand.RunAsync(app.Factory.Services, ["export", "settings", "--format", "csv", "--output", output, "--la", "Brightwater"]);
            Assert.Equal(0, code);
            var lines = await File.ReadAllLinesAsync(output);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("EY200001,Cedar Nursery,", lines[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }
}

public sealed class SettingsListTestsOnSqlite(SqliteFixture app) : SettingsListTests<SqliteFixture>(app);

public sealed class SettingsListTestsOnPostgres(PostgresFixture app) : SettingsListTests<PostgresFixture>(app);
