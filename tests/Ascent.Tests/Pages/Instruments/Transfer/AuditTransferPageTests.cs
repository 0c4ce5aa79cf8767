using System.Net;
using System.Text;
using Ascent.Tests.Services.Instruments.Transfer;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Instruments.Transfer;

/// `/audits/import` (check, then import) and `/audits/export` (CSV or Excel of what the reader may see).
public abstract class AuditTransferPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly byte[] Good = Encoding.UTF8.GetBytes(TransferFiles.AuditHeader
        + "EY100001,2025-05-12,Sunflowers,ecers-3,Jo Adams,1,5\n"
        + "EY100001,2025-05-12,Sunflowers,ecers-3,Jo Adams,2,3\n"
        + "EY100002,2025-05-13,,Safeguarding and welfare requirements audit,Sam Lee,1,Met\n");

    [Fact]
    public async Task LaStaff_CheckAFile_ThenImportIt_AndSettingsDownloadOnlyTheirOwn()
    {
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var form = await adviser.GetAsync("/audits/import");
        var check = await adviser.UploadAsync(form, new Dictionary<string, string>(), "Upload", ("past.csv", Good));

        Assert.Equal("Check this file", check.Heading);
        Assert.Contains("Acorn Day Nursery (EY100001)", check.Text, StringComparison.Ordinal);
        Assert.Contains("Sunflowers at Acorn Day Nursery", check.Text, StringComparison.Ordinal);
        Assert.Contains("will be left unscored", check.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.Audits.AnyAsync(a => a.ObservedOn == new DateOnly(2025, 5, 12))));

        var done = await adviser.SubmitAsync(check);
        Assert.Contains("2 audits imported", done.Text, StringComparison.Ordinal);
        Assert.Equal(4m, await app.WithDbAsync((db, _) => db.Audits.Where(a => a.ObservedOn == new DateOnly(2025, 5, 12)).Select(a => a.Total).SingleAsync()));

        var la = await adviser.Client.GetStringAsync("/audits/export?handler=Download&format=csv");
        Assert.Contains("EY100001,Acorn Day Nursery,2025-05-12,Sunflowers", la, StringComparison.Ordinal);
        Assert.Contains("EY100002,Bramble Pre-school,2025-05-13", la, StringComparison.Ordinal);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        var page = await owner.GetAsync($"/audits/export?setting={app.World.SettingA2Id}");
        Assert.Contains("Bramble Pre-school", page.Text, StringComparison.Ordinal);
        Assert.Contains("1 finished audit.", page.Text, StringComparison.Ordinal);
        var own = await owner.Client.GetStringAsync("/audits/export?handler=Download&format=csv");
        Assert.Contains("EY100002", own, StringComparison.Ordinal);
        Assert.DoesNotContain("EY100001", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/audits/export?setting={app.World.SettingA1Id}")).Status);
        var xlsx = await owner.Client.GetAsync("/audits/export?handler=Download&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);

        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.AdminB);
        Assert.DoesNotContain("EY1000", await other.Client.GetStringAsync("/audits/export?handler=Download&format=csv"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadFile_ListsEveryProblemByLine_AndImportsNothing()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminB);
        var form = await admin.GetAsync("/audits/import");
        var csv = TransferFiles.AuditHeader + "EY200001,2025-02-03,,ecers-3,Ann,1,5\nEY100001,2025-02-03,,ecers-3,Ann,1,5\nEY200001,2025-02-03,,ecers-3,Ann,2,0\n";
        var page = await admin.UploadAsync(form, new Dictionary<string, string>(), "Upload", ("past.csv", Encoding.UTF8.GetBytes(csv)));

        Assert.Contains(page.ErrorMessages, m => m.Contains("2 problems: no audits were imported", StringComparison.Ordinal));
        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent.Trim()).ToList();
        // Another LA's setting is not on this LA's register at all.
        Assert.Contains(rows, r => r.StartsWith('3') && r.Contains("no setting with URN EY100001", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith('4') && r.Contains("from 1 to 7", StringComparison.Ordinal));
        Assert.Null(page.Document.QuerySelector("form[action*='handler=Import']"));
        Assert.False(await app.WithDbAsync((db, _) => db.Audits.AnyAsync(a => a.ObservedOn == new DateOnly(2025, 2, 3))));
    }

    [Fact]
    public async Task Export_WithNoFinishedAudits_SaysSo_InsteadOfOfferingAnEmptyFile()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminB);
        var page = await admin.GetAsync("/audits/export");

        Assert.Contains("There are no finished rating-scale or checklist audits to download yet", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("a[href*='handler=Download']"));
    }

    [Fact]
    public async Task ASettingsStaff_MayNotImport()
    {
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var page = await owner.GetAsync("/audits/import", follow: false);
        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains("/account/access-denied", page.Location ?? "", StringComparison.Ordinal);
    }
}

public sealed class AuditTransferPageTestsOnSqlite(SqliteFixture app) : AuditTransferPageTests<SqliteFixture>(app);

public sealed class AuditTransferPageTestsOnPostgres(PostgresFixture app) : AuditTransferPageTests<PostgresFixture>(app);
