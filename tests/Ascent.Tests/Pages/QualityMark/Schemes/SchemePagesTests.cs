using System.Globalization;
using System.Net;
using System.Text;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.QualityMark.Cohorts.CohortForm;

namespace Ascent.Tests.Pages.QualityMark.Schemes;

/// /quality-mark/schemes: an LA uploads its own versions of a scheme, reads each in words, downloads it, and opens
/// cohorts on it; a bad file changes nothing; another LA never sees it.
public abstract class SchemePagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static Task<Page> UploadAsync(Browser browser, string fileName, string yaml) => UploadAsync(browser, fileName, Encoding.UTF8.GetBytes(yaml));

    private static async Task<Page> UploadAsync(Browser browser, string fileName, byte[] bytes)
    {
        var form = await browser.GetAsync("/quality-mark/schemes");
        return await browser.UploadAsync(form, new Dictionary<string, string>(), "Upload", (fileName, bytes));
    }

    private Task<int> CountAsync() => app.WithDbAsync((db, _) => db.SchemeVersions.CountAsync());

    private static string Words(Page page) => page.Document.Body!.TextContent;

    [Fact]
    public async Task TheCoordinator_UploadsATieredScheme_ReadsItInWords_AndOpensACohortOnIt()
    {
        using var coordinator = await app.SignInAsCoordinatorAsync();
        Assert.NotNull((await coordinator.GetAsync("/quality-mark")).Document.QuerySelector("main a[href='/quality-mark/schemes']"));

        var page = await UploadAsync(coordinator, "tiered-quality-award.yaml", SchemeFiles.Tiered());

        Assert.Empty(page.ErrorMessages);
        Assert.Contains($"{SchemeFiles.TieredName} version 2027.1 is now the current version: new cohorts open on it", Words(page), StringComparison.Ordinal);
        var current = page.Document.QuerySelector("main table")!.QuerySelectorAll("tbody tr");
        var row = Assert.Single(current, r => r.TextContent.Contains(SchemeFiles.TieredName, StringComparison.Ordinal));
        Assert.Contains("Cleo Coordinator", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(current, r => r.TextContent.Contains("Quality Mark", StringComparison.Ordinal) && r.TextContent.Contains("Shipped with Ascent", StringComparison.Ordinal));

        var link = row.QuerySelector("a")!.GetAttribute("href")!;
        var version = await coordinator.GetAsync(link);
        Assert.Equal(SchemeFiles.TieredName, version.Heading);
        Assert.Contains("Version 2027.1 (current)", Words(version), StringComparison.Ordinal);
        Assert.Contains("Bronze award, Silver award, Gold award", Words(version), StringComparison.Ordinal);
        Assert.Contains("One action-research case study", Words(version), StringComparison.Ordinal);
        var file = await coordinator.Client.GetAsync(link + "?handler=file");
        Assert.Equal(SchemeFiles.Tiered(), await file.Content.ReadAsStringAsync());
        var shipped = await coordinator.GetAsync("/quality-mark/schemes/shipped/quality-mark");
        Assert.Equal("Quality Mark", shipped.Heading);
        Assert.Contains("Version 1 (current)", Words(shipped), StringComparison.Ordinal);

        var form = await coordinator.GetAsync("/quality-mark/cohorts/new");
        Assert.Equal(2, form.Document.QuerySelectorAll("input[name='Input.Scheme']").Length);
        var fields = Fields("Award 2027", new DateOnly(2027, 4, 1), new DateOnly(2026, 12, 1), new DateOnly(2027, 2, 28));
        fields["Input.Scheme"] = "quality-award";
        var opened = await coordinator.SubmitAsync(form, fields);
        Assert.Contains(SchemeFiles.TieredName, opened.Document.QuerySelector("main .govuk-caption-l")!.TextContent, StringComparison.Ordinal);
        var cohort = await app.WithDbAsync((db, _) => db.Cohorts.AsNoTracking().SingleAsync(c => c.Name == "Award 2027"));
        Assert.Equal(("quality-award", "2027.1"), (cohort.SchemeCode, cohort.SchemeVersion));

        // A version uploaded while the form is open: the cohort is not opened on a version the coordinator never read.
        var older = await coordinator.GetAsync("/quality-mark/cohorts/new");
        var newer = SchemeFiles.Tiered().Replace("version: \"2027.1\"", "version: \"2027.2\"", StringComparison.Ordinal);
        Assert.Null((await app.UploadAsync(app.World.TenantAId, newer)).Refusal);
        fields["Input.Name"] = "Award 2027 (second)";
        var refused = await coordinator.SubmitAsync(older, fields);
        Assert.Equal([$"{SchemeFiles.TieredName} has a new version, 2027.2, since you opened this page: check it and open the cohort again"], refused.ErrorMessages);
        await coordinator.SubmitAsync(refused, fields);
        Assert.Equal("2027.2", await app.WithDbAsync((db, _) => db.Cohorts.Where(c => c.Name == "Award 2027 (second)").Select(c => c.SchemeVersion).SingleAsync()));

        // Another LA: not listed, not found, not offered.
        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.AdminB);
        Assert.DoesNotContain(SchemeFiles.TieredName, Words(await other.GetAsync("/quality-mark/schemes")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(link)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(link + "?handler=file")).StatusCode);
        Assert.Empty((await other.GetAsync("/quality-mark/cohorts/new")).Document.QuerySelectorAll("input[name='Input.Scheme']"));
    }

    [Fact]
    public async Task AFileWithAProblem_IsRefusedWithTheLineAndTheReason_AndNothingChanges()
    {
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var yaml = SchemeFiles.Tiered().Replace("version: \"2027.1\"", "version: \"2027.5\"", StringComparison.Ordinal);
        var broken = yaml.Replace("instruments: [staff-questionnaire]", "instruments: [no-such-questionnaire]", StringComparison.Ordinal);
        var line = broken[..broken.IndexOf("no-such-questionnaire", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var before = await CountAsync();

        var error = Assert.Single((await UploadAsync(coordinator, "tiered.yaml", broken)).ErrorMessages);

        Assert.StartsWith($"tiered.yaml was not used. Line {line}:", error, StringComparison.Ordinal);
        Assert.Contains("no-such-questionnaire", error, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
        Assert.Contains("must be a YAML file", Assert.Single((await UploadAsync(coordinator, "tiered.txt", yaml)).ErrorMessages), StringComparison.Ordinal);
        // A file saved as Latin-1 is refused, not stored with its letters replaced; one over 1 MB gets its message.
        Assert.Equal(["The selected file must be saved as UTF-8 text"], (await UploadAsync(coordinator, "tiered.yaml", Encoding.Latin1.GetBytes(yaml.Replace("Award", "Awärd", StringComparison.Ordinal)))).ErrorMessages);
        Assert.Equal(["The selected file must be smaller than 1 MB"], (await UploadAsync(coordinator, "tiered.yaml", yaml + "\n#" + new string('x', 1024 * 1024))).ErrorMessages);
        Assert.Contains("is the one Ascent ships", Assert.Single((await UploadAsync(coordinator, "quality-mark.yaml",
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "quality-marks", "quality-mark.yaml")))).ErrorMessages), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        Assert.Empty((await UploadAsync(coordinator, "tiered.yaml", yaml)).ErrorMessages);
        var twice = await UploadAsync(coordinator, "tiered.yaml", yaml);
        Assert.Equal($"tiered.yaml was not used: version 2027.5 of {SchemeFiles.TieredName} is already stored. Give the new file another version.", Assert.Single(twice.ErrorMessages));
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task TheLasOtherStaffRead_WithoutUploading_AndASettingCannotOpenIt()
    {
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var list = await adviser.GetAsync("/quality-mark/schemes");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Null(list.Document.QuerySelector("main form[enctype='multipart/form-data']"));

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Contains("/account/access-denied", (await owner.GetAsync("/quality-mark/schemes", follow: false)).Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAccreditedSetting_IsOnThePublicRegisterWithItsTier_AndItsPageLinksThere()
    {
        var yaml = SchemeFiles.Tiered().Replace("version: \"2027.1\"", "version: \"2027.9\"", StringComparison.Ordinal);
        Assert.Null((await app.UploadAsync(app.World.TenantAId, yaml)).Refusal);
        var cohortId = await app.CohortOnAsync(app.World.TenantAId, "quality-award", "Gold cohort");
        var waiting = await app.ApplicationAsync(cohortId, app.World.SettingA2Id);
        var gold = await app.WithDbAsync(async (db, _) =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId);
            var today = cohort.ApplicationsOpenOn;
            var accreditation = Accreditation.Apply(cohort, app.World.SettingA1Id, "We lead others.", "Test", today);
            accreditation.Accept("Test", today, "Meets the criteria.");
            accreditation.Allocate(app.World.UserIds[TestWorld.AdviserA], today);
            accreditation.Recommend("gold", "Leads others.", today.AddDays(1));
            accreditation.Decide("gold", today.AddDays(2), "QA-2026-0001");
            db.Accreditations.Add(accreditation);
            await db.SaveChangesAsync();
            return accreditation.Id;
        });

        using var anyone = app.NewBrowser();
        var register = await anyone.GetAsync($"/quality-mark/register/{app.World.TenantAId}");
        var row = Assert.Single(register.Document.QuerySelectorAll("main tbody tr"), r => r.TextContent.Contains("Acorn Day Nursery", StringComparison.Ordinal));
        Assert.Contains("Gold award", row.TextContent, StringComparison.Ordinal);

        using var coordinator = await app.SignInAsCoordinatorAsync();
        var href = $"/quality-mark/register/{app.World.TenantAId}";
        Assert.NotNull((await coordinator.GetAsync($"/quality-mark/accreditations/{gold}")).Document.QuerySelector($"main a[href='{href}']"));
        Assert.Null((await coordinator.GetAsync($"/quality-mark/accreditations/{waiting}")).Document.QuerySelector($"main a[href='{href}']"));
    }

}

public sealed class SchemePagesTestsOnSqlite(SqliteFixture app) : SchemePagesTests<SqliteFixture>(app);

public sealed class SchemePagesTestsOnPostgres(PostgresFixture app) : SchemePagesTests<PostgresFixture>(app);
