using System.Diagnostics;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Imports.Ofsted;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ascent.Bench;

/// Ofsted's register (15 CSV segments, 70,980 rows) loaded three ways on one PostgreSQL server, side by side:
/// raw COPY into a plain table (the baseline), Ascent's first import into an empty database, and Ascent's re-import
/// of the same files (nothing changes). Ascent also runs on SQLite. Each run uses fresh databases.
public static class ImportBenchmark
{
    private const string Copy = "PostgreSQL `COPY` (baseline)";
    private const string PostgresFirst = "Ascent first import, PostgreSQL";
    private const string PostgresAgain = "Ascent re-import, PostgreSQL";
    private const string SqliteFirst = "Ascent first import, SQLite";
    private const string SqliteAgain = "Ascent re-import, SQLite";

    private static readonly Dictionary<string, double> Targets = new()
    {
        [PostgresFirst] = 0.25,
        [SqliteFirst] = 0.25,
        [PostgresAgain] = 0.5,
        [SqliteAgain] = 0.5,
    };

    public static async Task<int> RunAsync(IReadOnlyList<string> files, int runs)
    {
        var temp = Directory.CreateTempSubdirectory("ascent-bench-import-");
        try
        {
            var loadBefore = Machine.LoadAverage();
            await using var server = await PostgresServer.StartAsync();
            var timings = new Dictionary<string, List<Timing>>();
            void Add(string name, Timing timing) => (timings.TryGetValue(name, out var list) ? list : timings[name] = []).Add(timing);

            for (var run = 1; run <= runs; run++)
            {
                Add(Copy, await CopyAsync(server, files, run));
                var (first, again) = await AscentAsync(server, "Postgres", await server.CreateDatabaseAsync($"ascent_{run}"), Path.Combine(temp.FullName, $"pg-{run}"), files);
                Add(PostgresFirst, first);
                Add(PostgresAgain, again);
                (first, again) = await AscentAsync(server, "Sqlite", null, Path.Combine(temp.FullName, $"sqlite-{run}"), files);
                Add(SqliteFirst, first);
                Add(SqliteAgain, again);
                Console.Error.WriteLine($"Run {run}/{runs}: " + string.Join("; ", timings.Select(t => $"{t.Key} {t.Value[^1].Total.TotalSeconds:F2} s")));
            }

            Console.Error.WriteLine($"Ascent's summaries: first import \"{timings[PostgresFirst][0].Summary}\"; re-import \"{timings[PostgresAgain][0].Summary}\".");
            Console.WriteLine(Report(timings, runs));
            Console.WriteLine($"Machine: {Machine.Describe()}. Load average (1, 5, 15 min) before: {loadBefore}; after: {Machine.LoadAverage()}.");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            temp.Delete(recursive: true);
        }
    }

    /// The baseline: the same 15 files, unparsed, into a table of the same 48 columns, all of type text,
    /// one `COPY … FROM STDIN (FORMAT csv, HEADER true)` per file, in one transaction as Ascent's import is.
    private static async Task<Timing> CopyAsync(PostgresServer server, IReadOnlyList<string> files, int run)
    {
        await using var connection = new NpgsqlConnection(await server.CreateDatabaseAsync($"copy_{run}"));
        await connection.OpenAsync();
        var columns = string.Join(", ", ReadHeader(files[0]).Select(c => $"\"{c}\" text"));
        await using (var create = new NpgsqlCommand($"CREATE TABLE register ({columns})", connection))
            await create.ExecuteNonQueryAsync();

        GC.Collect();
        var (cpu, serverCpu) = (Cpu(), server.Cpu());
        var clock = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var buffer = new char[64 * 1024];
            foreach (var file in files)
            {
                await using var writer = await connection.BeginTextImportAsync("COPY register FROM STDIN (FORMAT csv, HEADER true)");
                using var reader = File.OpenText(file);
                int read;
                while ((read = await reader.ReadAsync(buffer)) > 0)
                    await writer.WriteAsync(buffer.AsMemory(0, read));
            }

            await transaction.CommitAsync();
        }

        var elapsed = clock.Elapsed;
        (cpu, serverCpu) = (Cpu() - cpu, server.Cpu() - serverCpu);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM register", connection);
        var rows = (long)(await count.ExecuteScalarAsync())!;
        if (rows != RegisterFiles.Rows)
            throw new InvalidOperationException($"COPY loaded {rows:N0} rows, not {RegisterFiles.Rows:N0}.");
        return new Timing(elapsed, TimeSpan.Zero, cpu, serverCpu, $"{rows:N0} rows");
    }

    // Ofsted's header is plain quoted names with no commas or quotes inside, so a split is enough here.
    private static string[] ReadHeader(string file) => File.ReadLines(file).First().Trim('"').Split("\",\"");

    private static async Task<(Timing First, Timing Again)> AscentAsync(PostgresServer server, string provider, string? connectionString, string dataDirectory, IReadOnlyList<string> files)
    {
        await using var app = await AscentHost.StartAsync(provider, connectionString, dataDirectory);
        var first = await ImportAsync(app.Services, files, server);
        var again = await ImportAsync(app.Services, files, server);
        return (first, again);
    }

    /// What `import ofsted` does, timed from opening the files to the commit: parse, then RegisterImporter.
    public static async Task<Timing> ImportAsync(IServiceProvider services, IReadOnlyList<string> files, PostgresServer server)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
        var importer = scope.ServiceProvider.GetRequiredService<RegisterImporter>();
        GC.Collect();
        var (cpu, serverCpu) = (Cpu(), server.Cpu());
        var clock = Stopwatch.StartNew();
        var batch = OfstedBatchReader.ReadFiles(files);
        var parsing = Cpu() - cpu;
        var run = await importer.ImportAsync(batch, tenantId: null);
        return new Timing(clock.Elapsed, parsing, Cpu() - cpu - parsing, server.Cpu() - serverCpu, run.Summary);
    }

    private static string Report(Dictionary<string, List<Timing>> timings, int runs)
    {
        var copy = Median(timings[Copy].Select(t => t.Total.TotalSeconds));
        var copyCpu = Median(timings[Copy].Select(t => t.AllCpu.TotalSeconds));
        var table = new MarkdownTable("Operation", "Median s", "Rows/s", "Ratio to COPY", "Target", "Met", "CPU s: parsing", "CPU s: client, after parsing",
            "CPU s: PostgreSQL", "Ratio to COPY by CPU", $"All {runs} runs (s)");
        foreach (var (name, list) in timings)
        {
            var seconds = Median(list.Select(t => t.Total.TotalSeconds));
            var ratio = copy / seconds;
            var target = Targets.GetValueOrDefault(name);
            table.Add(name, seconds.ToString("F2", Format.Culture), (RegisterFiles.Rows / seconds).ToString("N0", Format.Culture), ratio.ToString("F2", Format.Culture),
                target > 0 ? $"≥ {target:F2}" : "—", target > 0 ? (ratio >= target ? "yes" : "**no**") : "—",
                name == Copy ? "—" : Median(list.Select(t => t.ParsingCpu.TotalSeconds)).ToString("F2", Format.Culture),
                Median(list.Select(t => t.Cpu.TotalSeconds)).ToString("F2", Format.Culture),
                Median(list.Select(t => t.PostgresCpu.TotalSeconds)).ToString("F2", Format.Culture),
                (copyCpu / Median(list.Select(t => t.AllCpu.TotalSeconds))).ToString("F2", Format.Culture),
                string.Join(", ", list.Select(t => t.Total.TotalSeconds.ToString("F2", Format.Culture))));
        }

        return table.ToString();
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    // CPU time of this process, all threads. Unlike elapsed time, it does not grow when other processes share the CPUs.
    private static TimeSpan Cpu() => Environment.CpuUsage.TotalTime;

    /// Elapsed time, and CPU time split three ways: parsing the files, the rest of this process (Ascent's import code,
    /// EF Core, Npgsql or the SQLite engine, GC), and the PostgreSQL server (with any autovacuum it ran meanwhile).
    public sealed record Timing(TimeSpan Total, TimeSpan ParsingCpu, TimeSpan Cpu, TimeSpan PostgresCpu, string Summary)
    {
        public TimeSpan AllCpu => ParsingCpu + Cpu + PostgresCpu;
    }
}
