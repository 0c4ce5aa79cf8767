using System.Net;
using System.Text;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Pages.Imports;

public abstract class ImportPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static async Task<Page> WaitUntilFinishedAsync(Browser browser, Page page)
    {
        // The page refreshes itself while the import waits or runs; a browser would follow that.
        for (var i = 0; i < 120 && page.Document.QuerySelector("meta[http-equiv='refresh']") is not null; i++)
        {
            await Task.Delay(250);
            page = await browser.GetAsync(page.Url);
        }

        return page;
    }

    [Fact]
    public async Task LaAdministrator_UploadsAFile_AndSeesTheResultWithRejectedRowsToDownload()
    {
        var csv = Csv(
            Row(("Provider URN", "EY900001"), ("Provider name", "Uploaded Nursery"), ("Local authority", "Ashdown")),
            Row(("Provider URN", "EY900002"), ("Local authority", "Ashdown"), ("Registration date", "31/02/2020")),
            Row(("Provider URN", "EY900003"), ("Local authority", "Kent")));
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var page = await browser.GetAsync("/imports");
        page = await browser.UploadAsync(page, new Dictionary<string, string> { ["Source"] = "ofsted" }, "Files", ("providers.csv", Encoding.UTF8.GetBytes(csv)));

        // The check: nothing written yet, and Ashdown's two settings missing from the file need confirming as leavers.
        Assert.Matches("^/imports/check/[0-9]+$", page.Url);
        Assert.Contains("3 rows: 1 would be added, 0 updated, 0 unchanged, 1 rejected; 2 settings would leave the register", page.Text, StringComparison.Ordinal);
        Assert.Contains("This file has 0 of the 2 settings Ascent holds for Ashdown Council. If it is the whole register, confirm that 2 settings have left the register", page.Text, StringComparison.Ordinal);
        Assert.Contains("is not a real date", page.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.Settings.AnyAsync(s => s.Reference == "EY900001")));
        var check = page.Url;
        page = await browser.SubmitAsync(page);
        Assert.Equal(["Enter how many settings have left the register"], page.ErrorMessages);
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["ConfirmLeavers"] = "3" });
        Assert.Equal(["This file would mark 2 settings as having left the register, not 3: check the file"], page.ErrorMessages);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Settings.CountAsync(s => s.LeftRegisterOn != null)));

        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["ConfirmLeavers"] = "2" });
        Assert.Matches("^/imports/[0-9]+$", page.Url);
        page = await WaitUntilFinishedAsync(browser, page);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(check)).Status);

        Assert.True(page.Text.Contains("3 rows: 1 added, 0 updated, 0 unchanged, 1 rejected", StringComparison.Ordinal), page.Url + page.Document.QuerySelector("main")?.TextContent);
        Assert.Contains("is not a real date", page.Text, StringComparison.Ordinal);
        var download = await browser.GetAsync(page.Url + "/rejected");
        Assert.Equal("text/csv", download.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("providers.csv,3,", download.Text, StringComparison.Ordinal);
        Assert.Contains("EY900002", download.Text, StringComparison.Ordinal);

        var settings = await browser.GetAsync("/settings?Query=EY900001");
        Assert.Contains("Uploaded Nursery", settings.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.Settings.AnyAsync(s => s.Reference == "EY900003")));
    }

    [Fact]
    public async Task Upload_OfABinaryFile_FailsWithTheReasonAndChangesNothing()
    {
        var before = await app.WithDbAsync((db, _) => db.Settings.CountAsync());
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var page = await browser.UploadAsync(await browser.GetAsync("/imports"), new Dictionary<string, string> { ["Source"] = "ofsted" }, "Files", ("photo.csv", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]));
        Assert.Contains("This file cannot be imported", page.Text, StringComparison.Ordinal);
        Assert.Contains("not a CSV or XLSX file", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Equal(before, await app.WithDbAsync((db, _) => db.Settings.CountAsync()));
    }

    [Fact]
    public async Task Upload_WithoutAFile_AsksForOne()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var page = await browser.UploadAsync(await browser.GetAsync("/imports"), new Dictionary<string, string> { ["Source"] = "ofsted" }, "Files");
        Assert.Equal(["Select the file to import"], page.ErrorMessages);
    }

    [Fact]
    public async Task SettingStaff_CannotImport()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        var page = await browser.GetAsync("/imports", follow: false);
        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains("access-denied", page.Location, StringComparison.Ordinal);
    }
}

public sealed class ImportPageTestsOnSqlite(SqliteFixture app) : ImportPageTests<SqliteFixture>(app);

public sealed class ImportPageTestsOnPostgres(PostgresFixture app) : ImportPageTests<PostgresFixture>(app);
