using System.Diagnostics;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ascent.Bench;

/// The impact report in-process, as `report quality-mark-impact` builds it (ImpactInputsReader.ReadAsync, then
/// ImpactReport.For), against its four SELECTs taken from PostgreSQL's log and run raw through Npgsql, every row read
/// and thrown away. Blocks of runs alternate (Ascent, raw, Ascent, raw…) so a change in the machine's load falls on both.
public static class QualityMarkImpact
{
    private const int Rounds = 3;

    public sealed record Timed(List<double> Ms, double CpuMs, double PostgresCpuMs)
    {
        public double P50 => Stats.Percentile(Ms, 50);

        public double P95 => Stats.Percentile(Ms, 95);
    }

    public sealed record Result(Timed Ascent, Timed Read, Timed Build, Timed Raw, int Selects, int SmallestSelects, string Rows, int Accredited, int Counted);

    public static async Task<Result> MeasureAsync(WebApplication app, PostgresServer postgres, string connectionString, QualityMarkData.Prepared data, int runs)
    {
        var frameworks = app.Services.GetRequiredService<FrameworkRegistry>();
        var statements = await StatementLog.CaptureAsync(postgres, () => ReadAsync(app, data.TenantId));
        var smallest = await StatementLog.CaptureAsync(postgres, () => ReadAsync(app, data.SmallestTenantId));
        var inputs = await ReadAsync(app, data.TenantId);
        var tables = ImpactReport.For(inputs, QualityMarkData.At, frameworks);
        var rows = await RawAsync(connectionString, statements);
        Console.Error.WriteLine($"The impact report's reader sends {statements.Count} SELECTs for {data.LocalAuthority} ({data.Settings} settings) and "
            + $"{smallest.Count} for the smallest LA ({data.SmallestSettings}); rows read: {string.Join(", ", rows)}.");

        // Warm-up: JIT compilation and tiered code, EF Core's query cache, PostgreSQL's buffers.
        for (var i = 0; i < 10; i++)
        {
            ImpactReport.For(await ReadAsync(app, data.TenantId), QualityMarkData.At, frameworks);
            await RawAsync(connectionString, statements);
        }

        var (ascent, read, build, raw) = (new Acc(), new Acc(), new Acc(), new Acc());
        for (var round = 0; round < Rounds; round++)
        {
            var count = runs / Rounds + (round < runs % Rounds ? 1 : 0);
            var (cpu, db) = (Cpu(), postgres.Cpu());
            for (var i = 0; i < count; i++)
            {
                var clock = Stopwatch.StartNew();
                var readCpu = Cpu();
                var settings = await ReadAsync(app, data.TenantId);
                var (readMs, buildCpu) = (clock.Elapsed.TotalMilliseconds, Cpu());
                read.Add(readMs, buildCpu - readCpu);
                ImpactReport.For(settings, QualityMarkData.At, frameworks);
                var total = clock.Elapsed.TotalMilliseconds;
                build.Add(total - readMs, Cpu() - buildCpu);
                ascent.Ms.Add(total);
            }

            ascent.End(Cpu() - cpu, postgres.Cpu() - db);
            (cpu, db) = (Cpu(), postgres.Cpu());
            for (var i = 0; i < count; i++)
            {
                var clock = Stopwatch.StartNew();
                await RawAsync(connectionString, statements);
                raw.Ms.Add(clock.Elapsed.TotalMilliseconds);
            }

            raw.End(Cpu() - cpu, postgres.Cpu() - db);
        }

        var all = tables.Grades[0];
        return new Result(ascent.ToTimed(), read.ToTimed(), build.ToTimed(), raw.ToTimed(), statements.Count, smallest.Count,
            string.Join(", ", rows), all.Accredited.Settings, all.Accredited.Settings + all.Other.Settings);
    }

    /// What the command line does for one LA, in a scope of its own acting as the system (ActAsSystem, as the command).
    private static async Task<List<ImpactSetting>> ReadAsync(WebApplication app, int tenantId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
        return await scope.ServiceProvider.GetRequiredService<ImpactInputsReader>().ReadAsync(tenantId, QualityMarkData.At, CancellationToken.None);
    }

    /// The baseline: each statement on a pooled connection (as EF Core opens one per query), every value of every row
    /// read as the provider's own type and dropped. No objects, no lookups, no report.
    private static async Task<List<string>> RawAsync(string connectionString, List<string> statements)
    {
        var counts = new List<string>(statements.Count);
        foreach (var sql in statements)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                for (var f = 0; f < reader.FieldCount; f++)
                    reader.GetValue(f);
                rows++;
            }

            counts.Add(rows.ToString("N0", Format.Culture));
        }

        return counts;
    }

    private static TimeSpan Cpu() => Environment.CpuUsage.TotalTime;

    private sealed class Acc
    {
        private TimeSpan cpu;
        private TimeSpan db;

        public List<double> Ms { get; } = [];

        public void Add(double ms, TimeSpan cpuUsed)
        {
            Ms.Add(ms);
            cpu += cpuUsed;
        }

        public void End(TimeSpan cpuUsed, TimeSpan dbUsed) => (cpu, db) = (cpu + cpuUsed, db + dbUsed);

        public Timed ToTimed() => new([.. Ms.Order()], cpu.TotalMilliseconds / Ms.Count, db.TotalMilliseconds / Ms.Count);
    }
}

public static class Stats
{
    // Nearest rank, as wrk's own percentiles are; the list is sorted.
    public static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
