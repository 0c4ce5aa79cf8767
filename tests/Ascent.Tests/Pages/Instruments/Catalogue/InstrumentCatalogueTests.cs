using System.Net;
using System.Text;
using Ascent.Tests.Domain.Frameworks;
using Ascent.Tests.Support;
using Ascent.Web.Services.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Instruments.Catalogue;

public abstract class InstrumentCatalogueTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static string Shipped(string code) =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!, "instruments", code + ".yaml"));

    private static async Task<Page> UploadAsync(Browser browser, string fileName, string yaml) =>
        await browser.UploadAsync(await browser.GetAsync("/instruments"), new Dictionary<string, string>(), "Upload", (fileName, Encoding.UTF8.GetBytes(yaml)));

    private static AngleSharp.Dom.IElement LastTable(Page page)
    {
        var tables = page.Document.QuerySelectorAll("main table");
        return tables[tables.Length - 1];
    }

    private static string Words(Page page) => page.Document.QuerySelector("main")?.TextContent ?? "";

    private Task<int> UploadCountAsync() => app.WithDbAsync((db, _) => db.InstrumentUploads.CountAsync());

    [Fact]
    public async Task Index_ListsEveryInstrumentByName_LinkingToItsPage()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserA);

        var page = await browser.GetAsync("/instruments");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var links = page.Document.QuerySelectorAll("main table a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/instruments/ecers-3", links["Early childhood environment rating (compatible with ECERS-3)"]);
        Assert.Equal("/instruments/two-year-old", links["Provision for two-year-olds audit"]);
        Assert.Equal("/instruments/leuven", links["Leuven scales of well-being and involvement"]);
        var words = page.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("Met, partly met or not met; the share met", words, StringComparison.Ordinal);
        Assert.DoesNotContain("safeguarding-and-welfare-requirements", words, StringComparison.Ordinal);
        Assert.DoesNotContain("environment-rating", words, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form[enctype='multipart/form-data']"));
    }

    [Fact]
    public async Task Instrument_ShowsItsItemsScaleRuleGuidanceLicenceAndVersions()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);

        var page = await browser.GetAsync("/instruments/ecers-3");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Early childhood environment rating (compatible with ECERS-3)", page.Heading);
        var rows = page.Document.QuerySelectorAll(".govuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("A room or group", rows["Records"]);
        Assert.Equal("1 to 7: 1 Inadequate, 3 Minimal, 5 Good, 7 Excellent", rows["Answers"]);
        Assert.Equal("35 in 6 subscales", rows["Items"]);
        Assert.Equal("One, or two who agree a final score", rows["Observers"]);
        Assert.Equal("2026-07", rows["Scoring guidance version"]);
        Assert.Contains("It scores 2 if none at level 1 is yes and at least half at level 3 are yes", Words(page), StringComparison.Ordinal);
        Assert.Contains("Record every indicator you see, above the level reached too", Words(page), StringComparison.Ordinal);
        Assert.Contains("Item and subscale titles only.", Words(page), StringComparison.Ordinal);
        var captions = page.Document.QuerySelectorAll("main table caption").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Space and Furnishings", "Personal Care Routines", "Language and Literacy", "Learning Activities", "Interaction", "Program Structure", "Versions"], captions);
        Assert.Contains("35. Whole-group activities for play and learning", Words(page), StringComparison.Ordinal);
        var versions = LastTable(page).QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Version 1 (current), shown here", Assert.Single(versions), StringComparison.Ordinal);
        Assert.Contains("Ascent's own", versions[0], StringComparison.Ordinal);

        // The Leuven page reads its two scales by name, and a checklist says where not applicable is allowed.
        var leuven = await browser.GetAsync("/instruments/leuven");
        Assert.Contains("Each child", Words(leuven), StringComparison.Ordinal);
        Assert.Contains("never added together", Words(leuven), StringComparison.Ordinal);
        Assert.DoesNotContain("wellbeing", leuven.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var checklist = await browser.GetAsync("/instruments/two-year-old");
        Assert.Contains("Partly met counts as not met for the share", Words(checklist), StringComparison.Ordinal);
        Assert.Contains("May be not applicable", Words(checklist), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/instruments/no-such-thing")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/instruments/ecers-3?version=9")).Status);
    }

    [Fact]
    public async Task Upload_IsTheLasCurrentVersion_ForItsSettingsToo_WhileEarlierVersionsStayReadable()
    {
        var yaml = Shipped("leadership")
            .Replace("version: \"1\"\n", "version: \"2\"\n", StringComparison.Ordinal)
            .Replace("The setting has a written vision for children's learning and care", "Our own wording of the vision item", StringComparison.Ordinal);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);

        var uploaded = await UploadAsync(admin, "leadership.yaml", yaml);

        Assert.Contains("Leadership and management audit version 2 is now the current version: new audits start on it", Words(uploaded), StringComparison.Ordinal);
        var row = uploaded.Document.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains("Leadership and management audit", StringComparison.Ordinal));
        Assert.Contains("2 (your local authority's)", row.TextContent, StringComparison.Ordinal);

        // The LA's setting records with it too; another LA still has Ascent's own.
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var page = await owner.GetAsync("/instruments/leadership");
        Assert.Contains("Version 2 (current)", Words(page), StringComparison.Ordinal);
        Assert.Contains("1. Our own wording of the vision item", Words(page), StringComparison.Ordinal);
        var versions = LastTable(page).QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, versions.Count);
        Assert.Contains("Ada Admin", versions[0], StringComparison.Ordinal);
        Assert.Contains("Your local authority's", versions[0], StringComparison.Ordinal);
        Assert.Contains("View version 1", versions[1], StringComparison.Ordinal);
        var earlier = await owner.GetAsync("/instruments/leadership?version=1");
        Assert.Contains("This is an earlier version", Words(earlier), StringComparison.Ordinal);
        Assert.Contains("The setting has a written vision for children's learning and care", Words(earlier), StringComparison.Ordinal);
        var file = await owner.GetAsync("/instruments/leadership?handler=File");
        Assert.Equal(yaml, file.Text);
        Assert.Contains("version: \"1\"", (await owner.GetAsync("/instruments/leadership?handler=File&version=1")).Text, StringComparison.Ordinal);

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.Contains("Version 1 (current)", Words(await otherLa.GetAsync("/instruments/leadership")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync("/instruments/leadership?version=2")).Status);

        // An audit started on version 1 is still scored on it; new ones start on 2.
        var (started, current) = await app.WithDbAsync(async (_, services) =>
        {
            var definitions = services.GetRequiredService<InstrumentDefinitions>();
            return (await definitions.VersionForTenantAsync(app.World.TenantAId, "leadership", "1"), await definitions.CurrentForTenantAsync(app.World.TenantAId, "leadership"));
        });
        Assert.Equal("The setting has a written vision for children's learning and care, agreed with the staff team", started!.Item("1")!.Name);
        Assert.Equal("2", current!.Version);
    }

    [Fact]
    public async Task Upload_OfANewCode_AddsAnInstrument()
    {
        var yaml = Shipped("parents-as-partners")
            .Replace("code: parents-as-partners", "code: home-learning-audit", StringComparison.Ordinal)
            .Replace("name: Parents as partners audit", "name: Home learning audit", StringComparison.Ordinal);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);

        var page = await UploadAsync(admin, "home-learning.yml", yaml);

        Assert.Equal("/instruments/home-learning-audit", page.Document.QuerySelectorAll("main table a").Single(a => a.TextContent.Trim() == "Home learning audit").GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/instruments/home-learning-audit")).Status);
    }

    [Theory]
    [InlineData("two-year-old", "      - number: \"2\"\n", "      - number: \"1\"\n", "      - number: \"1\"\n        name: Settling", "Item 1 is listed twice")]
    [InlineData("two-year-old", "scoring: checklist\n", "scoring: checklist\ntwo_observers: true\n", "two_observers:", "Two observers agree a score only on an environment rating")]
    [InlineData("two-year-old", "name: Provision for two-year-olds audit\n", "name: Provision for two-year-olds audit\n", "version:", "Version 1 of this instrument already exists: give the file a new version.")]
    [InlineData("iters-3", "version: \"1\"\n", "version: \"2\"\n", "scoring:", "An instrument keeps its scoring rule from version to version")]
    [InlineData("fccers-3", "version: \"1\"\n", "version: \"2\"\n", "applies_to:", "An instrument keeps what it applies to from version to version")]
    public async Task InvalidUpload_ShowsTheLineAndTheReason_AndStoresNothing(string code, string find, string replace, string lineOf, string reason)
    {
        var shipped = Shipped(code);
        Assert.Contains(find, shipped, StringComparison.Ordinal);
        var yaml = shipped.Replace(find, replace, StringComparison.Ordinal);
        if (code == "iters-3")
            yaml = yaml.Replace("scoring: environment-rating", "scoring: checklist", StringComparison.Ordinal).Replace("scale:\n  min: 1\n  max: 7\n  labels:\n    - { value: 1, label: Inadequate }\n    - { value: 3, label: Minimal }\n    - { value: 5, label: Good }\n    - { value: 7, label: Excellent }\ntwo_observers: true\n", "", StringComparison.Ordinal);
        if (code == "fccers-3")
            yaml = yaml.Replace("applies_to: setting", "applies_to: room", StringComparison.Ordinal);
        var line = yaml[..yaml.IndexOf(lineOf, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var before = await UploadCountAsync();

        var page = await UploadAsync(browser, "broken.yaml", yaml);

        var error = Assert.Single(page.ErrorMessages);
        Assert.Contains($"broken.yaml was not used. Line {line}: {reason}", error, StringComparison.Ordinal);
        Assert.Equal(before, await UploadCountAsync());
    }

    [Fact]
    public async Task Upload_IsForAnLaAdministrator_AndTakesOnlyYaml()
    {
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var list = await adviser.GetAsync("/instruments");
        Assert.Null(list.Document.QuerySelector("main form[enctype='multipart/form-data']"));
        var token = list.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!; // the sign-out form's
        var refused = await adviser.PostAsync("/instruments", [new("__RequestVerificationToken", token)], follow: false);
        Assert.Equal(HttpStatusCode.Found, refused.Status);
        Assert.Contains("/account/access-denied", refused.Location ?? "", StringComparison.Ordinal);

        using var system = app.NewBrowser();
        await system.SignInAsync(TestWorld.SystemAdmin);
        var systemList = await system.GetAsync("/instruments");
        Assert.Equal(HttpStatusCode.OK, systemList.Status);
        Assert.Null(systemList.Document.QuerySelector("main form[enctype='multipart/form-data']"));

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var before = await UploadCountAsync();
        Assert.Contains("must be a YAML file", Assert.Single((await UploadAsync(admin, "leadership.txt", Shipped("leadership"))).ErrorMessages), StringComparison.Ordinal);
        Assert.Equal("Select an instrument definition file", Assert.Single((await UploadAsync(admin, "empty.yaml", "")).ErrorMessages));
        Assert.Matches(@"^table\.yaml was not used\. Line \d+: Not valid YAML", Assert.Single((await UploadAsync(admin, "table.yaml", "code: [unclosed\n")).ErrorMessages));
        Assert.Equal(before, await UploadCountAsync());
    }
}

public sealed class InstrumentCatalogueTestsOnSqlite(SqliteFixture app) : InstrumentCatalogueTests<SqliteFixture>(app);

public sealed class InstrumentCatalogueTestsOnPostgres(PostgresFixture app) : InstrumentCatalogueTests<PostgresFixture>(app);
