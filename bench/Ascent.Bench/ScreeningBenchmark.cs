using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Screening;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ascent.Bench;

/// The screening grid's save of a room of 30 children on PostgreSQL, as the grid's POST does it (read the round and
/// the room's children, read the grid, save every score with the round's aggregate and the audit trail in one
/// transaction), against a raw baseline: one multi-row INSERT of the same 30 scores and one UPDATE of the round, in
/// one transaction. Each save is of a new round, so every one inserts 30 rows. Target: p95 under 200 ms.
public static class ScreeningBenchmark
{
    private const int Children = 30;

    public static async Task<int> RunAsync(int saves)
    {
        var temp = Directory.CreateTempSubdirectory("ascent-bench-screening-");
        try
        {
            var loadBefore = Machine.LoadAverage();
            await using var server = await PostgresServer.StartAsync();
            var connection = await server.CreateDatabaseAsync("screening");
            await using var app = await AscentHost.StartAsync("Postgres", connection, temp.FullName);
            var (roomId, childIds) = await ArrangeAsync(app.Services);
            var ascent = new List<double>();
            var raw = new List<double>();
            // CPU of the bench's process (which is Ascent here: the save runs in-process) during each kind of save, which
            // does not grow when other work shares the machine as elapsed time does.
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            TimeSpan Cpu()
            {
                process.Refresh();
                return process.TotalProcessorTime;
            }

            var (ascentCpu, rawCpu) = (TimeSpan.Zero, TimeSpan.Zero);
            for (var i = 0; i < saves + 5; i++)
            {
                var roundId = await NewRoundAsync(app.Services, roomId, i);
                var cpu = Cpu();
                var a = await GridSaveAsync(app.Services, roundId, i);
                var afterA = Cpu();
                var rawRound = await NewRoundAsync(app.Services, roomId, -i - 1);
                var beforeB = Cpu();
                var b = await RawInsertAsync(connection, rawRound, childIds, i);
                var afterB = Cpu();
                // The first five warm up the JIT and the connection pool.
                if (i >= 5)
                {
                    ascent.Add(a);
                    raw.Add(b);
                    (ascentCpu, rawCpu) = (ascentCpu + (afterA - cpu), rawCpu + (afterB - beforeB));
                }
            }

            var table = new MarkdownTable("Way", $"p50 (ms) of {saves}", "p95 (ms)", "Max (ms)", "Ratio to raw at p95", "Client CPU ms/save");
            table.Add("Raw: one multi-row INSERT and one UPDATE (baseline)", Ms(Percentile(raw, 50)), Ms(Percentile(raw, 95)), Ms(raw.Max()), "1.00",
                Ms(rawCpu.TotalMilliseconds / saves));
            table.Add("Ascent: the grid's save of 30 children", Ms(Percentile(ascent, 50)), Ms(Percentile(ascent, 95)), Ms(ascent.Max()),
                (Percentile(ascent, 95) / Percentile(raw, 95)).ToString("F1", CultureInfo.InvariantCulture), Ms(ascentCpu.TotalMilliseconds / saves));
            Console.WriteLine(table);
            Console.WriteLine($"Machine: {Machine.Describe()}. Load average (1, 5, 15 min) before: {loadBefore}; after: {Machine.LoadAverage()}.");
            return 0;
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static async Task<(int RoomId, List<int> ChildIds)> ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = new Tenant("Bench Council", TenantKind.LocalAuthority, "England");
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        var setting = new Setting(tenant.Id, "EY900001", "Bench Nursery", "Childcare on non-domestic premises", null);
        db.Settings.Add(setting);
        await db.SaveChangesAsync();
        var room = new Room(setting, "Pre-school room", "3 and 4");
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        var children = Enumerable.Range(1, Children).Select(i => new ScreenedChild(room, $"P{i:00}", null)).ToList();
        db.ScreenedChildren.AddRange(children);
        await db.SaveChangesAsync();
        return (room.Id, [.. children.Select(c => c.Id)]);
    }

    private static async Task<int> NewRoundAsync(IServiceProvider services, int roomId, int i)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var room = await db.Rooms.SingleAsync(r => r.Id == roomId);
        var round = new ScreeningRound(room, $"Round {i}", new DateOnly(2026, 11, 23), "Benchmark");
        db.ScreeningRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    }

    /// What GridModel.OnPostAsync does after binding, timed from the first query to the commit.
    private static async Task<double> GridSaveAsync(IServiceProvider services, int roundId, int i)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var screening = scope.ServiceProvider.GetRequiredService<ScreeningService>();
        var clock = Stopwatch.StartNew();
        var round = await db.ScreeningRounds.SingleAsync(r => r.Id == roundId);
        var children = (await screening.GridChildrenAsync(round, CancellationToken.None)).ToDictionary(c => c.Id);
        var lines = children.Values.Select((c, n) => new GridLine(c.Id, c.Code, Level(n, i), Level(n + 1, i))).ToList();
        var result = ScreeningGrid.Read(lines);
        await screening.SaveGridAsync(round, children, result.Scores, CancellationToken.None);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> RawInsertAsync(string connectionString, int roundId, List<int> childIds, int i)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var clock = Stopwatch.StartNew();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var sql = new StringBuilder("INSERT INTO \"ChildScores\" (\"TenantId\", \"SettingId\", \"RoundId\", \"ChildId\", \"WellBeing\", \"Involvement\") ");
        sql.Append("SELECT r.\"TenantId\", r.\"SettingId\", r.\"Id\", v.c, v.w, v.i FROM \"ScreeningRounds\" r, (VALUES ");
        sql.Append(string.Join(", ", childIds.Select((id, n) => $"({id}, {Level(n, i)}, {Level(n + 1, i)})")));
        sql.Append(CultureInfo.InvariantCulture, $") AS v(c, w, i) WHERE r.\"Id\" = {roundId}");
        await using (var insert = new NpgsqlCommand(sql.ToString(), connection, transaction))
            await insert.ExecuteNonQueryAsync();
        await using (var update = new NpgsqlCommand($"UPDATE \"ScreeningRounds\" SET \"Screened\" = {Children}, \"Version\" = \"Version\" + 1 WHERE \"Id\" = {roundId}", connection, transaction))
            await update.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string Level(int n, int i) => (((n * 7) + i) % 5 + 1).ToString(CultureInfo.InvariantCulture);

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }

    private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);
}
