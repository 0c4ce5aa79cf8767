using Npgsql;

namespace Ascent.Bench;

/// The quality mark's two reads that grow with an LA's size, for the largest LA of Ofsted's register with a tenth of
/// its group settings accredited (QualityMarkData): the impact report (QualityMarkImpact, in-process, and its page
/// over HTTP) against its four SELECTs run raw; and the public register, its page and CSV, anonymous, one request at a
/// time (the target: p95 under 150 ms) and under wrk, against its SELECTs run by pgbench.
public static class QualityMarkBenchmark
{
    private const int WarmUpSeconds = 5;

    public static async Task<int> RunAsync(IReadOnlyList<string> files, int seconds, int runs, int requests)
    {
        var temp = Directory.CreateTempSubdirectory("ascent-bench-quality-mark-");
        try
        {
            var loadBefore = Machine.LoadAverage();
            await using var postgres = await PostgresServer.StartAsync();
            var connectionString = await postgres.CreateDatabaseAsync("ascent");
            QualityMarkData.Prepared data;
            QualityMarkImpact.Result impact;
            await using (var app = await AscentHost.StartAsync("Postgres", connectionString, temp.FullName))
            {
                var import = await ImportBenchmark.ImportAsync(app.Services, files, postgres);
                Console.Error.WriteLine($"Imported: {import.Summary} in {import.Total.TotalSeconds:F1} s.");
                data = await QualityMarkData.PrepareAsync(app);
                await AnalyzeAsync(connectionString);
                Console.Error.WriteLine($"{data.LocalAuthority}: {data.Settings} settings, {data.GroupSettings} group settings, {data.Accredited} accredited.");
                impact = await QualityMarkImpact.MeasureAsync(app, postgres, connectionString, data, runs);
            }

            await using var ascent = await AscentServer.StartAsync(connectionString, temp.FullName);
            var cookie = await ascent.SignInAsync(QualityMarkData.AdviserEmail, QualityMarkData.Password);
            var at = QualityMarkData.At;
            var impactPath = $"/quality-mark/impact?At.Day={at.Day}&At.Month={at.Month}&At.Year={at.Year}";
            var impactPage = await ascent.GetPageAsync(cookie, impactPath);
            if (!impactPage.Contains("Too small to compare", StringComparison.Ordinal) && !impactPage.Contains(data.LocalAuthority, StringComparison.Ordinal))
                throw new InvalidOperationException($"{impactPath} does not show {data.LocalAuthority}'s report.");
            var impactStatements = await StatementLog.CaptureAsync(postgres, () => ascent.GetPageAsync(cookie, impactPath));
            var impactOne = await OneAtATime.RunAsync(ascent.BaseAddress, cookie, impactPath, 20, Math.Max(20, requests / 4), ascent.Cpu);

            var register = await RegisterAsync(ascent, postgres, data, seconds, requests);
            Console.WriteLine(ImpactTable(data, impact, impactOne, impactStatements.Count).ToString());
            Console.WriteLine(register.ToString());
            Console.WriteLine($"Machine: {Machine.Describe()}. Load average (1, 5, 15 min) before: {loadBefore}; after: {Machine.LoadAverage()}.");
            return 0;
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static MarkdownTable ImpactTable(QualityMarkData.Prepared data, QualityMarkImpact.Result r, SequentialResult page, int pageSelects)
    {
        var table = new MarkdownTable("Impact report", "Runs", "p50 ms", "p95 ms", "Ratio to raw (p50)", "Bench CPU ms/run", "PostgreSQL CPU ms/run", "Ratio to raw by CPU", "SELECTs");
        var raw = r.Raw.P50;
        string Ratio(double ms) => (ms / raw).ToString("F1", Format.Culture);
        table.Add($"Ascent: ReadAsync + ImpactReport.For, in-process ({data.LocalAuthority}: {r.Counted:N0} settings, {r.Accredited:N0} accredited)",
            Whole(r.Ascent.Ms.Count), Ms(r.Ascent.P50), Ms(r.Ascent.P95), Ratio(r.Ascent.P50), Ms(r.Ascent.CpuMs), Ms(r.Ascent.PostgresCpuMs),
            ((r.Ascent.CpuMs + r.Ascent.PostgresCpuMs) / (r.Raw.CpuMs + r.Raw.PostgresCpuMs)).ToString("F1", Format.Culture), Whole(r.Selects));
        table.Add("of which reading the inputs (EF Core, ImpactInputsReader.ReadAsync)", Whole(r.Read.Ms.Count), Ms(r.Read.P50), Ms(r.Read.P95), Ratio(r.Read.P50), Ms(r.Read.CpuMs), "—", "—", Whole(r.Selects));
        table.Add("of which building the report (ImpactReport.For)", Whole(r.Build.Ms.Count), Ms(r.Build.P50), Ms(r.Build.P95), "—", Ms(r.Build.CpuMs), "—", "—", "0");
        table.Add($"Raw: the same {r.Selects} SELECTs through Npgsql, rows read into nothing ({r.Rows} rows)", Whole(r.Raw.Ms.Count), Ms(r.Raw.P50), Ms(r.Raw.P95), "1.0",
            Ms(r.Raw.CpuMs), Ms(r.Raw.PostgresCpuMs), "1.0", Whole(r.Selects));
        table.Add("`/quality-mark/impact` at 31 August 2021, over HTTP, one at a time", Whole(page.Requests), Ms(page.P50Ms), Ms(page.P95Ms), Ratio(page.P50Ms),
            $"{Ms(page.CpuMsPerRequest)} (Ascent's process)", "—", "—", Whole(pageSelects));
        table.Add($"SELECTs for the smallest LA ({data.SmallestSettings} settings)", "—", "—", "—", "—", "—", "—", "—", Whole(r.SmallestSelects));
        return table;
    }

    private static async Task<MarkdownTable> RegisterAsync(AscentServer ascent, PostgresServer postgres, QualityMarkData.Prepared data, int seconds, int requests)
    {
        var path = $"/quality-mark/register/{data.TenantId}";
        var csvPath = path + ".csv";
        var csv = await ascent.GetPageAsync(null, csvPath);
        var listed = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        if (listed != data.Accredited)
            throw new InvalidOperationException($"{csvPath} lists {listed} settings, not {data.Accredited}.");
        var kilobytes = System.Text.Encoding.UTF8.GetByteCount(await ascent.GetPageAsync(null, path)) / 1024.0;
        var pageSql = await StatementLog.CaptureAsync(postgres, () => ascent.GetPageAsync(null, path));
        var csvSql = await StatementLog.CaptureAsync(postgres, () => ascent.GetPageAsync(null, csvPath));
        Console.Error.WriteLine($"{path}: {kilobytes:F0} KB, {pageSql.Count} SELECTs; {csvPath}: {csvSql.Count} SELECTs.");

        var wrk = HasWrk();
        if (wrk)
        {
            await LoadTools.WrkAsync(new Uri(ascent.BaseAddress, path), null, WarmUpSeconds);
            await LoadTools.WrkAsync(new Uri(ascent.BaseAddress, csvPath), null, WarmUpSeconds);
        }

        // Anonymous pages: the cookie sent is one Ascent does not know, so nobody is signed in.
        const string NoSession = "ascent-bench=anonymous";
        var table = new MarkdownTable("Public register", "How", "Requests", "p50 ms", "p95 ms", "p99 ms", "Requests/s", "Ratio to its SQL (p50)", "Ascent CPU ms/request", "PostgreSQL CPU ms/request", "SELECTs", "p95 < 150 ms");
        foreach (var (target, sql, label) in new[] { (path, pageSql, $"`{path}` ({listed} settings, {kilobytes:F0} KB)"), (csvPath, csvSql, $"`{csvPath}`") })
        {
            var dbCpu = postgres.Cpu();
            var one = await OneAtATime.RunAsync(ascent.BaseAddress, NoSession, target, 50, requests, ascent.Cpu);
            var oneDb = (postgres.Cpu() - dbCpu).TotalMilliseconds / requests;
            var (load, loadApp, loadDb) = ((LoadResult?)null, 0.0, 0.0);
            if (wrk)
            {
                var appCpu = ascent.Cpu();
                dbCpu = postgres.Cpu();
                load = await LoadTools.WrkAsync(new Uri(ascent.BaseAddress, target), null, seconds);
                (loadApp, loadDb) = ((ascent.Cpu() - appCpu).TotalMilliseconds / load.Requests, (postgres.Cpu() - dbCpu).TotalMilliseconds / load.Requests);
            }

            var script = string.Join('\n', sql);
            dbCpu = postgres.Cpu();
            var sqlOne = await LoadTools.PgbenchAsync(postgres, "ascent", script, seconds, clients: 1);
            var sqlOneDb = (postgres.Cpu() - dbCpu).TotalMilliseconds / sqlOne.Requests;
            dbCpu = postgres.Cpu();
            var sqlLoad = await LoadTools.PgbenchAsync(postgres, "ascent", script, seconds);
            var sqlLoadDb = (postgres.Cpu() - dbCpu).TotalMilliseconds / sqlLoad.Requests;

            table.Add([label, "one at a time", Whole(one.Requests), .. Latencies(one.P50Ms, one.P95Ms, one.P99Ms, one.PerSecond), Ratio(one.P50Ms, sqlOne.P50Ms),
                Ms(one.CpuMsPerRequest), Ms(oneDb), Whole(sql.Count), Met(one.P95Ms)]);
            if (load is not null)
            {
                table.Add([label, $"{LoadTools.Connections} at once (wrk)", Whole(load.Requests), .. Latencies(load.P50Ms, load.P95Ms, load.P99Ms, load.PerSecond),
                    Ratio(load.P50Ms, sqlLoad.P50Ms), Ms(loadApp), Ms(loadDb), Whole(sql.Count), Met(load.P95Ms)]);
            }

            table.Add([$"its SQL alone: the {sql.Count} SELECTs (pgbench)", "one at a time", Whole(sqlOne.Requests), .. Latencies(sqlOne.P50Ms, sqlOne.P95Ms, sqlOne.P99Ms, sqlOne.PerSecond), "1.0", "—", Ms(sqlOneDb), Whole(sql.Count), "—"]);
            table.Add([$"its SQL alone: the {sql.Count} SELECTs (pgbench)", $"{LoadTools.Connections} at once", Whole(sqlLoad.Requests), .. Latencies(sqlLoad.P50Ms, sqlLoad.P95Ms, sqlLoad.P99Ms, sqlLoad.PerSecond), "1.0", "—", Ms(sqlLoadDb), Whole(sql.Count), "—"]);
        }

        var floor = await OneAtATime.RunAsync(ascent.BaseAddress, NoSession, "/health/ready", 50, requests, ascent.Cpu);
        table.Add(["`/health/ready` (HTTP floor)", "one at a time", Whole(floor.Requests), .. Latencies(floor.P50Ms, floor.P95Ms, floor.P99Ms, floor.PerSecond), "—", Ms(floor.CpuMsPerRequest), "—", "—", "—"]);
        return table;
    }

    private static bool HasWrk()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "wrk")));
        if (!found)
            Console.Error.WriteLine("wrk is not installed (apt-get install -y wrk): no load runs.");
        return found;
    }

    // A database just loaded has no statistics until autovacuum comes round; without them PostgreSQL plans as if the
    // tables were empty.
    private static async Task AnalyzeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    // pgbench's latencies are whole microseconds: a baseline that rounds to 0.0 ms has no meaningful ratio.
    private static string Ratio(double ms, double sqlMs) => sqlMs < 0.05 ? "—" : (ms / sqlMs).ToString("F1", Format.Culture);

    private static string Met(double p95) => p95 < 150 ? "yes" : "**no**";

    private static string Ms(double value) => value.ToString("F1", Format.Culture);

    private static string Whole(long value) => value.ToString("N0", Format.Culture);

    private static string[] Latencies(double p50, double p95, double p99, double perSecond) => [Ms(p50), Ms(p95), Ms(p99), perSecond.ToString("N0", Format.Culture)];
}
