using Ascent.Tests.Support;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Services.Charts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Charts;

/// Finished audits' totals become a series per instrument and room, named without the instrument's code; audits in
/// progress are not on it. Every chart of the setting lists them beside its own measures.
public abstract class AuditTotalSeriesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task FinishedAuditTotals_AreASeriesPerInstrumentAndRoom()
    {
        var settingId = app.World.SettingA2Id;
        var roomId = await app.WithDbAsync(async (db, services) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            var room = new Room(setting, "Pre-school room", "3 and 4");
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
            var ecers = services.GetRequiredService<InstrumentCatalogue>().Find("ecers-3")!;
            decimal?[] totals = [3.5m, 4.25m, null];
            for (var i = 0; i < totals.Length; i++)
            {
                var audit = new Audit(setting, room, ecers, AuditMode.ItemScores, new DateOnly(2026, 1 + (3 * i), 15), "Ada Adviser", app.Time.GetUtcNow());
                if (totals[i] is { } total)
                    audit.Finish("Ada Adviser", app.Time.GetUtcNow(), total);
                db.Audits.Add(audit);
            }

            var whole = new Audit(setting, null, ecers, AuditMode.ItemScores, new DateOnly(2026, 2, 1), "Ada Adviser", app.Time.GetUtcNow());
            whole.Finish("Ada Adviser", app.Time.GetUtcNow(), 5m);
            db.Audits.Add(whole);
            await db.SaveChangesAsync();
            return room.Id;
        });

        var charts = await app.WithDbAsync((_, services) => services.GetRequiredService<SettingCharts>().ForSettingAsync(settingId, CancellationToken.None));

        var room = Assert.Single(charts, c => c.Key == $"audit:ecers-3:{roomId}");
        Assert.Equal("Early childhood environment rating (compatible with ECERS-3): total (Pre-school room)", room.Name);
        Assert.Equal(ChartKind.I, room.Chart.Kind);
        Assert.Equal([(new DateOnly(2026, 1, 15), 3.5m), (new DateOnly(2026, 4, 15), 4.25m)], room.Chart.Points.Select(p => (p.Date, p.Value)));
        var whole = Assert.Single(charts, c => c.Key == "audit:ecers-3:setting");
        Assert.EndsWith("total (whole setting)", whole.Name, StringComparison.Ordinal);
        Assert.DoesNotContain(charts, c => c.Name.Contains("ecers-3", StringComparison.Ordinal));
    }
}

public sealed class AuditTotalSeriesTestsOnSqlite(SqliteFixture app) : AuditTotalSeriesTests<SqliteFixture>(app);

public sealed class AuditTotalSeriesTestsOnPostgres(PostgresFixture app) : AuditTotalSeriesTests<PostgresFixture>(app);
