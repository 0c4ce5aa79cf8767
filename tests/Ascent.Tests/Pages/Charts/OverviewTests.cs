using System.Globalization;
using System.Net;
using System.Text;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Charts;

/// A setting's charts page with six charts of five years of monthly values: each chart has its heading, its summary,
/// its SVG (titled, with the summary as its description) and links to its own page, where its data table is, and to
/// the table as CSV. The tables themselves are on the charts' own pages only, which keeps the page small.
public abstract class OverviewTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const int Months = 60;

    [Fact]
    public async Task TheChartsPage_ShowsEachChartsSummary_AndLinksToItsTableInsteadOfShowingIt()
    {
        var settingId = app.World.SettingA1Id;
        await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            ChartKind[] kinds = [ChartKind.Run, ChartKind.I, ChartKind.P, ChartKind.U, ChartKind.C, ChartKind.Run];
            for (var s = 0; s < kinds.Length; s++)
            {
                var measure = new Measure(setting, $"Measure {s + 1}", "", kinds[s], s % 2 == 0 ? 12 : null);
                for (var m = 0; m < Months; m++)
                {
                    var counted = 5 + ((m * 7) % 6) + (m >= 36 ? 4 : 0);
                    if (kinds[s] is ChartKind.P or ChartKind.U)
                        measure.Record(new DateOnly(2021, 1, 28).AddMonths(m), Math.Round(counted / 30m, 6), counted, 30);
                    else
                        measure.Record(new DateOnly(2021, 1, 28).AddMonths(m), counted, null, null);
                }

                measure.Values[20].Exclude("Counted twice");
                db.Measures.Add(measure);
            }

            await db.SaveChangesAsync();
            return 0;
        });
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);

        var page = await adviser.GetAsync($"/settings/{settingId}/charts");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var sections = page.Document.QuerySelectorAll("main section");
        Assert.Equal(6, sections.Length);
        Assert.Empty(page.Document.QuerySelectorAll("main table"));
        Assert.True(Encoding.UTF8.GetByteCount(page.Text) < 80 * 1024, $"The charts page is {Encoding.UTF8.GetByteCount(page.Text) / 1024} KB: six charts should stay under 80 KB.");
        foreach (var section in sections)
        {
            var name = section.QuerySelector("h2")!.TextContent.Trim();
            var svg = section.QuerySelector("svg[role='img']")!;
            Assert.StartsWith(name, svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
            var summary = string.Join(" ", section.QuerySelectorAll(".app-chart-block > p.govuk-body:not(:last-child)").Select(p => p.TextContent.Trim()));
            Assert.NotEmpty(summary);
            Assert.Equal(summary, svg.QuerySelector("desc")!.TextContent);
            Assert.Equal(Months, svg.QuerySelectorAll("circle, polygon").Length);

            var links = section.QuerySelectorAll(".app-chart-block > p.govuk-body:last-child a").ToList();
            Assert.Equal([$"See the data as a table ({Months} values): {name}", $"download it as CSV: {name}"], links.Select(a => a.TextContent.Trim()));
            Assert.Equal(section.QuerySelector("h2 a")!.GetAttribute("href"), links[0].GetAttribute("href"));
            Assert.Equal(links[0].GetAttribute("href") + "&handler=Csv", links[1].GetAttribute("href"));
            Assert.True(links[1].HasAttribute("download"));
        }

        // The table is on the chart's own page, and the CSV has a row per value.
        var first = sections[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        var series = await adviser.GetAsync(first[1]);
        Assert.Equal(Months, series.Document.QuerySelectorAll("main table tbody tr").Length);
        Assert.Equal("Left out: Counted twice", series.Document.QuerySelectorAll("main table tbody tr")[20].QuerySelectorAll("td")[^1].TextContent.Trim());
        var csv = await adviser.GetAsync(first[2]);
        Assert.Equal(Months + 1, csv.Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $",{new DateOnly(2021, 1, 28):yyyy-MM-dd},"), csv.Text, StringComparison.Ordinal);
    }
}

public sealed class OverviewTestsOnSqlite(SqliteFixture app) : OverviewTests<SqliteFixture>(app);

public sealed class OverviewTestsOnPostgres(PostgresFixture app) : OverviewTests<PostgresFixture>(app);
