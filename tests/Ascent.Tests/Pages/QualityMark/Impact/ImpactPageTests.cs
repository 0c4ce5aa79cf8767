using System.Net;
using Ascent.Tests.Services.QualityMark;
using Ascent.Tests.Support;
using Ascent.Web.Services.QualityMark;
using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;

namespace Ascent.Tests.Pages.QualityMark.Impact;

/// /quality-mark/impact: the LA's staff see the three tables with counts, small groups flagged and the notes, at the
/// date they choose, and download the same as Word and Excel; a setting's staff are refused.
public abstract class ImpactPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task LaStaff_SeeTheTables_AtTheDateTheyChoose()
    {
        await ImpactWorld.ArrangeAsync(app);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);

        var page = await browser.GetAsync("/quality-mark/impact");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("23", page.Document.QuerySelector("input[name='At.Day']")!.GetAttribute("value"));
        var grades = page.Document.QuerySelector("table")!;
        var all = grades.QuerySelectorAll("tbody tr")[0];
        Assert.StartsWith("All settings", all.QuerySelector("th")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("1 of 1 (100%)", all.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Too small to compare", all.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(page.Document.QuerySelectorAll("tbody th"), th => th.TextContent.Contains("Maintained", StringComparison.Ordinal));
        Assert.Contains("correlation, not a cause", page.Document.QuerySelector("#impact-notes")!.TextContent, StringComparison.Ordinal);

        // On 1 September 2024 A2 had not yet lapsed: two accredited settings, and no inspection after the award.
        var earlier = await browser.GetAsync("/quality-mark/impact?At.Day=1&At.Month=9&At.Year=2024");
        Assert.Contains("2 accredited, 0 other", earlier.Document.QuerySelectorAll("tbody tr")[0].TextContent, StringComparison.Ordinal);

        var wrong = await browser.GetAsync("/quality-mark/impact?At.Day=31&At.Month=2&At.Year=2026");
        Assert.Equal([Ascent.Web.Pages.QualityMark.Impact.IndexModel.DateError], wrong.ErrorMessages);
        Assert.Null(wrong.Document.QuerySelector("table"));
    }

    [Fact]
    public async Task Downloads_HoldTheSameTables()
    {
        await ImpactWorld.ArrangeAsync(app);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);

        var word = await browser.Client.GetAsync("/quality-mark/impact?handler=word&At.Day=23&At.Month=11&At.Year=2026");
        Assert.Equal(ImpactDocument.ContentType, word.Content.Headers.ContentType?.MediaType);
        Assert.Equal("quality-mark-impact-ashdown-council-2026-11-23.docx", word.Content.Headers.ContentDisposition?.FileNameStar);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            Assert.Equal(ImpactDocument.Title(TestWorld.TenantA), body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().InnerText);
            Assert.Contains("23 November 2026", body.InnerText, StringComparison.Ordinal);
            var table = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().First();
            var cells = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ElementAt(1).Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().ToList();
            Assert.Equal("1 of 1 (100%) (too small to compare)", cells[1].InnerText);
            Assert.Contains("correlation, not a cause", body.InnerText, StringComparison.Ordinal);
        }

        var excel = await browser.Client.GetAsync("/quality-mark/impact?handler=excel&At.Day=23&At.Month=11&At.Year=2026");
        Assert.Equal(ImpactWorkbook.XlsxContentType, excel.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Grades", "Improvement", "Renewed framework", "Notes"], MiniExcel.GetSheetNames(stream));
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Grades").Cast<IDictionary<string, object?>>().ToList();
        var accredited = rows.First(r => (string?)r["Sector"] == "All settings" && (string?)r["Settings"] == "Accredited");
        Assert.Equal(1d, Convert.ToDouble(accredited["Outstanding"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(100d, Convert.ToDouble(accredited["Outstanding %"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.IsNotType<string>(accredited["Outstanding %"]);
        Assert.Equal("Yes", accredited["Too small to compare"]);
    }

    [Fact]
    public async Task SettingStaff_AreRefused()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        foreach (var url in new[] { "/quality-mark/impact", "/quality-mark/impact?handler=excel" })
        {
            var page = await browser.GetAsync(url, follow: false);
            Assert.Equal(HttpStatusCode.Found, page.Status);
            Assert.Contains("/account/access-denied", page.Location, StringComparison.Ordinal);
        }
    }
}

public sealed class ImpactPageTestsOnSqlite(SqliteFixture app) : ImpactPageTests<SqliteFixture>(app);

public sealed class ImpactPageTestsOnPostgres(PostgresFixture app) : ImpactPageTests<PostgresFixture>(app);
