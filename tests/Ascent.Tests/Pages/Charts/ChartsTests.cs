using System.Net;
using System.Text;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Charts;

/// A setting keeps its own measure, enters values by form and from a CSV file, and reads its chart: an accessible
/// SVG with a plain-English summary, a data table that downloads as CSV, and the controls (chart kind, baseline,
/// leaving a value out, a new phase at a marked change). The LA's adviser reads and changes it; a practitioner reads.
public abstract class ChartsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task AMeasure_EnteredAndImported_IsChartedWithItsSummaryTableAndControls()
    {
        var settingId = app.World.SettingA1Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var charts = await owner.GetAsync($"/settings/{settingId}/charts");
        Assert.Equal(HttpStatusCode.OK, charts.Status);
        Assert.NotNull((await owner.GetAsync($"/settings/{settingId}")).Document.QuerySelector($"main a[href='/settings/{settingId}/charts']"));

        // A P chart measure: counts out of a total.
        var form = await owner.GetAsync($"/settings/{settingId}/charts/measures/new");
        var refused = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Name"] = "", ["BaselinePoints"] = "0" });
        Assert.Equal(["Enter a name for the measure", "The baseline must be a whole number of points from 1 to 500, or empty"], refused.ErrorMessages);
        var values = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Name"] = "Children reading daily", ["Kind"] = "p", ["BaselinePoints"] = "12" });
        Assert.Contains("“Children reading daily” added", values.Document.Body!.TextContent, StringComparison.Ordinal);
        var bad = await owner.SubmitAsync(values, new Dictionary<string, string> { ["Date.Day"] = "28", ["Date.Month"] = "1", ["Date.Year"] = "2025", ["Numerator"] = "30", ["Denominator"] = "20" });
        Assert.Equal(["The number counted must be between 0 and the number it is out of, which must be above 0"], bad.ErrorMessages);
        var saved = await owner.SubmitAsync(values, new Dictionary<string, string> { ["Date.Day"] = "28", ["Date.Month"] = "1", ["Date.Year"] = "2025", ["Numerator"] = "8", ["Denominator"] = "20" });
        Assert.Contains("Value for 28 January 2025 saved", saved.Text, StringComparison.Ordinal);

        // The rest from a file: 12 baseline months around 40%, then 8 months around 70%.
        var csv = new StringBuilder("Measure,Date,Numerator,Denominator\n");
        int[] counted = [9, 7, 8, 10, 6, 9, 8, 7, 9, 8, 8, 14, 15, 13, 14, 15, 14, 13, 15];
        for (var i = 0; i < counted.Length; i++)
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"Children reading daily,{new DateOnly(2025, 2, 28).AddMonths(i):yyyy-MM-dd},{counted[i]},20\n");
        var imported = await owner.UploadAsync(await owner.GetAsync($"/settings/{settingId}/charts/import"), new Dictionary<string, string>(), "Upload", ("reading.csv", Encoding.UTF8.GetBytes(csv.ToString())));
        Assert.Contains("19 values of 1 measure imported", imported.Text, StringComparison.Ordinal);

        var key = await app.WithDbAsync((db, _) => db.Measures.IgnoreQueryFilters().Where(m => m.SettingId == settingId).Select(m => m.Id).SingleAsync());
        var series = $"/settings/{settingId}/charts/series?key=own%3A{key}";
        var chart = await owner.GetAsync(series);
        var svg = chart.Document.QuerySelector("main svg[role='img']")!;
        Assert.Contains("Children reading daily", svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("an unusually long run", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Children reading daily has been above its mean for 8 points in a row", chart.Text, StringComparison.Ordinal);
        Assert.Equal(20, chart.Document.QuerySelectorAll("main table tbody tr").Length);
        Assert.NotEmpty(svg.QuerySelectorAll("polygon")); // the months above the frozen limits are diamonds

        var download = await owner.GetAsync(series + "&handler=Csv");
        Assert.StartsWith("Measure,Phase,Date,Value,Centre line,Lower limit,Upper limit,Outside limits,Useful observations,Longest run,Longest run limit,Crossings,Crossings limit,Signal", download.Text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Children reading daily,1,2025-01-28,0.4,", download.Text, StringComparison.Ordinal);

        // Leave a value out, mark a change and start a phase at it.
        var excluded = await owner.SubmitAsync(chart, new Dictionary<string, string> { ["Point"] = "2025-03-28", ["Reason"] = "Half the children were on a trip" }, "main form[action*='handler=Exclude']");
        Assert.Contains("The value of 28 March 2025 is left out of the calculations", excluded.Text, StringComparison.Ordinal);
        Assert.Contains("Left out: Half the children were on a trip", excluded.Text, StringComparison.Ordinal);
        Assert.Contains("left out", excluded.Document.QuerySelector("main svg")!.TextContent, StringComparison.Ordinal);
        var marked = await owner.SubmitAsync(excluded, new Dictionary<string, string> { ["AnnotationDate.Day"] = "10", ["AnnotationDate.Month"] = "1", ["AnnotationDate.Year"] = "2026", ["AnnotationText"] = "Training day on sharing books" }, "main form[action*='handler=Annotate']");
        Assert.Contains("10 January 2026: Training day on sharing books", marked.Document.QuerySelector("main ol")!.TextContent, StringComparison.Ordinal);
        var annotationId = await app.WithDbAsync((db, _) => db.ChartAnnotations.IgnoreQueryFilters().Where(a => a.SettingId == settingId).Select(a => a.Id).SingleAsync());
        var phased = await owner.SubmitAsync(marked, new Dictionary<string, string> { ["AnnotationId"] = annotationId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "main form[action*='handler=Phase']");
        Assert.Contains("A new phase starts at 28 January 2026", phased.Text, StringComparison.Ordinal);
        Assert.Contains("Phase 2 (from 28 January 2026)", phased.Text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync((db, _) => db.MeasureValues.IgnoreQueryFilters().AnyAsync(v => v.MeasureId == key && v.PhaseStart && v.Date == new DateOnly(2026, 1, 28))));

        // The LA's adviser reads and changes it; a practitioner reads only.
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var seen = await adviser.GetAsync(series);
        Assert.NotNull(seen.Document.QuerySelector("main form[action*='handler=Draw']"));
        var redrawn = await adviser.SubmitAsync(seen, new Dictionary<string, string> { ["Kind"] = "run", ["BaselinePoints"] = "" }, "main form[action*='handler=Draw']");
        Assert.Contains("Chart changed to a run chart", redrawn.Text, StringComparison.Ordinal);
        Assert.Equal(ChartKind.Run, await app.WithDbAsync((db, _) => db.Measures.IgnoreQueryFilters().Where(m => m.Id == key).Select(m => m.Chart).SingleAsync()));
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var read = await practitioner.GetAsync(series);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Null(read.Document.QuerySelector("main form[action*='handler=Draw']"));
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)read.Document.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var refusedChange = await practitioner.PostAsync(series + "&handler=Exclude", [new("__RequestVerificationToken", token), new("Point", "2025-04-28"), new("Reason", "No")], follow: false);
        Assert.Contains("/account/access-denied", refusedChange.Location ?? "", StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", (await practitioner.GetAsync($"/settings/{settingId}/charts/measures/new", follow: false)).Location ?? "", StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.MeasureValues.IgnoreQueryFilters().AnyAsync(v => v.MeasureId == key && v.Date == new DateOnly(2025, 4, 28) && v.ExclusionReason != null)));
    }

    [Fact]
    public async Task AFileWithBadLines_ImportsNothing_AndListsEveryLine()
    {
        var settingId = app.World.SettingA2Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        const string csv = "URN,Measure,Date,Value,Chart\nEY100002,Accidents,2026-01-31,3,c\nEY100002,Accidents,31/02/2026,2,c\nEY100001,Accidents,2026-03-31,2,c\nEY100002,Accidents,2026-04-30,1.5,c\nEY100002,Accidents,2026-01-31,4,c\nEY100002,Accidents,2026-05-31,4,x\n";
        var page = await owner.UploadAsync(await owner.GetAsync($"/settings/{settingId}/charts/import"), new Dictionary<string, string>(), "Upload", ("accidents.csv", Encoding.UTF8.GetBytes(csv)));

        var lines = page.Document.QuerySelectorAll("main ul.govuk-list--bullet")[^1].QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
        [
            "Line 3: '31/02/2026' is not a date: write it as 2026-11-23",
            "Line 4: URN EY100001 is not this setting's (EY100002): a file uploaded here is for this setting only",
            "Line 5: A count must be a whole number, 0 or more, on a counts chart (C chart)",
            "Line 6: Accidents already has a value for 31 January 2026 on line 2",
            "Line 7: 'x' is not a chart: write run, i, p, u or c",
        ], lines);
        Assert.Contains("Nothing was imported: 5 lines of the file cannot be used", page.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Measures.IgnoreQueryFilters().CountAsync(m => m.SettingId == settingId)));
    }

    [Fact]
    public async Task ASettingsCharts_AreNotFound_ForAnotherSettingOrLocalAuthority()
    {
        var settingId = app.World.SettingA1Id;
        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/settings/{settingId}/charts")).Status);
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync($"/settings/{settingId}/charts")).Status);
    }
}

public sealed class ChartsTestsOnSqlite(SqliteFixture app) : ChartsTests<SqliteFixture>(app);

public sealed class ChartsTestsOnPostgres(PostgresFixture app) : ChartsTests<PostgresFixture>(app);
