using System.Text;
using Ascent.Tests.Support;
using Ascent.Web.Commands;
using Ascent.Web.Domain.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Commands;

/// `import measures FILE` (all or nothing) and `export charts --setting URN --format csv --output FILE`.
public abstract class ChartCommandsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task ImportMeasures_ThenExportCharts_WritesEveryChartsTable()
    {
        var folder = Directory.CreateTempSubdirectory("ascent-charts-");
        try
        {
            var bad = Path.Combine(folder.FullName, "bad.csv");
            await File.WriteAllTextAsync(bad, "URN,Measure,Date,Value\nEY100001,Accidents,2026-01-31,2\nEY999999,Accidents,2026-02-28,3\nEY100001,Accidents,2026-03-31,\n", Encoding.UTF8);
            Assert.Equal(1, await ImportCommand.RunAsync(app.Factory.Services, ["import", "measures", bad]));
            Assert.Equal(0, await app.WithDbAsync((db, _) => db.Measures.IgnoreQueryFilters().CountAsync(m => m.SettingId == app.World.SettingA1Id)));

            var good = Path.Combine(folder.FullName, "measures.csv");
            var csv = new StringBuilder("URN,Measure,Date,Value,Numerator,Denominator,Chart,Baseline points,Exclude,Phase\n");
            for (var i = 0; i < 14; i++)
            {
                var exclude = i == 3 ? "Counted twice" : "";
                var phase = i == 10 ? "Y" : "";
                csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"EY100001,Accidents a month,{new DateOnly(2025, 1, 31).AddMonths(i):yyyy-MM-dd},{(i % 3) + 2},,,c,6,{exclude},{phase}\n");
            }

            csv.Append("EY100002,Stay and play attendance,2026-01-31,,12,30,p,,,\n");
            await File.WriteAllTextAsync(good, csv.ToString(), Encoding.UTF8);
            Assert.Equal(0, await ImportCommand.RunAsync(app.Factory.Services, ["import", "measures", good]));
            var accidents = await app.WithDbAsync((db, _) => db.Measures.IgnoreQueryFilters().Include(m => m.Values).SingleAsync(m => m.SettingId == app.World.SettingA1Id));
            Assert.Equal(("Accidents a month", ChartKind.C, 6, 14), (accidents.Name, accidents.Chart, accidents.BaselinePoints!.Value, accidents.Values.Count));
            Assert.Equal("Counted twice", accidents.Values.Single(v => v.Excluded).ExclusionReason);
            Assert.Equal(new DateOnly(2025, 11, 30), accidents.Values.Single(v => v.PhaseStart).Date);
            var play = await app.WithDbAsync((db, _) => db.MeasureValues.IgnoreQueryFilters().SingleAsync(v => v.SettingId == app.World.SettingA2Id));
            Assert.Equal(0.4m, play.Value);

            var output = Path.Combine(folder.FullName, "charts.csv");
            Assert.Equal(2, await ExportCommand.RunAsync(app.Factory.Services, ["export", "charts", "--setting", "EY000000", "--format", "csv", "--output", output]));
            Assert.Equal(0, await ExportCommand.RunAsync(app.Factory.Services, ["export", "charts", "--setting", "EY100001", "--format", "csv", "--output", output]));
            var lines = (await File.ReadAllLinesAsync(output)).Select(l => l.TrimStart('\uFEFF')).ToList();
            Assert.Equal(string.Join(',', Ascent.Web.Services.Charts.ChartCsv.Columns), lines[0]);
            Assert.Equal(15, lines.Count);
            // Phase 1: ten points, one left out; baseline of 6 included points: 2, 3, 4, 3, 4, 2 → c̄ = 3.
            Assert.StartsWith("Accidents a month,1,2025-01-31,2,3,0,8.196152,No,", lines[1], StringComparison.Ordinal);
            Assert.EndsWith(",Counted twice", lines[4], StringComparison.Ordinal);
            Assert.StartsWith("Accidents a month,2,2025-11-30,", lines[11], StringComparison.Ordinal);
            Assert.Contains(",Not enough data to judge,", lines[11], StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

public sealed class ChartCommandsTestsOnSqlite(SqliteFixture app) : ChartCommandsTests<SqliteFixture>(app);

public sealed class ChartCommandsTestsOnPostgres(PostgresFixture app) : ChartCommandsTests<PostgresFixture>(app);
