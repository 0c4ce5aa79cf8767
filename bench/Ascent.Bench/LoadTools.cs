using System.Globalization;
using System.Text.RegularExpressions;

namespace Ascent.Bench;

public sealed record LoadResult(double P50Ms, double P95Ms, double P99Ms, double PerSecond, long Requests);

/// wrk against Ascent and pgbench against PostgreSQL, both with 20 connections on 2 threads for the same time,
/// so a page and the SQL behind it are measured under the same concurrency.
public static partial class LoadTools
{
    public const int Connections = 20;

    public static async Task<LoadResult> WrkAsync(Uri url, string? cookie, int seconds)
    {
        // --timeout 30s: wrk's default of 2 s drops slower responses from the latency figures instead of counting them.
        string[] command =
        [
            "wrk", "-t2", $"-c{Connections}", $"-d{seconds}s", "--timeout", "30s", "--latency",
            "-s", Path.Combine(AppContext.BaseDirectory, "wrk-report.lua"),
            .. cookie is null ? Array.Empty<string>() : ["-H", $"Cookie: {cookie}"],
            url.ToString(),
        ];
        var output = await Shell.RunAsync(command, timeout: TimeSpan.FromSeconds(seconds + 60));
        var line = WrkLine().Match(output);
        if (!line.Success)
            throw new InvalidOperationException($"wrk printed no result line:\n{output}");
        long Value(string name) => long.Parse(line.Groups[name].Value, CultureInfo.InvariantCulture);
        if (Value("status") > 0 || Value("socket") > 0)
            throw new InvalidOperationException($"wrk saw {Value("status")} error responses and {Value("socket")} socket errors for {url}:\n{output}");
        return new LoadResult(Value("p50") / 1000.0, Value("p95") / 1000.0, Value("p99") / 1000.0,
            Value("requests") / (Value("duration") / 1_000_000.0), Value("requests"));
    }

    /// clients 1 runs the statements one transaction after another, as one person's requests reach the database.
    public static async Task<LoadResult> PgbenchAsync(PostgresServer server, string database, string sql, int seconds, int clients = Connections)
    {
        var folder = Directory.CreateTempSubdirectory("ascent-bench-pgbench-");
        try
        {
            var script = Path.Combine(folder.FullName, "list.sql");
            await File.WriteAllTextAsync(script, sql);
            // -M extended: the extended protocol with unnamed statements, as Npgsql sends EF Core's queries.
            // -l writes one line per transaction, from which the percentiles below are taken.
            var output = await Shell.RunAsync(
            [
                Path.Combine(server.BinDirectory, "pgbench"), "-n", "-M", "extended", $"-c{clients}", $"-j{Math.Min(2, clients)}", "-T", seconds.ToString(CultureInfo.InvariantCulture),
                "-f", script, "-l", "--log-prefix", Path.Combine(folder.FullName, "tx"),
                "-h", "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", database,
            ], timeout: TimeSpan.FromSeconds(seconds + 60));

            // Log line: client transaction latency_us script_no epoch_s epoch_us.
            var latencies = folder.EnumerateFiles("tx.*")
                .SelectMany(f => File.ReadLines(f.FullName))
                .Select(l => double.Parse(l.Split(' ')[2], CultureInfo.InvariantCulture) / 1000.0)
                .Order()
                .ToList();
            var tps = PgbenchTps().Match(output);
            if (latencies.Count == 0 || !tps.Success)
                throw new InvalidOperationException($"pgbench printed no result:\n{output}");
            return new LoadResult(Percentile(latencies, 50), Percentile(latencies, 95), Percentile(latencies, 99),
                double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture), latencies.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Nearest rank, as wrk's own percentiles are.
    private static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    [GeneratedRegex(@"ascent-bench requests=(?<requests>\d+) duration_us=(?<duration>\d+) p50_us=(?<p50>\d+) p95_us=(?<p95>\d+) p99_us=(?<p99>\d+) non2xx3xx=(?<status>\d+) socket_errors=(?<socket>\d+)")]
    private static partial Regex WrkLine();

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex PgbenchTps();
}
