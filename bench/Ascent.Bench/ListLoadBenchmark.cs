using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ascent.Bench;

/// The settings list (/settings) under load, on the full register in PostgreSQL, for a system administrator (all
/// 70,980 settings) and for a Kent LA user (2,061); beside each page, the SQL it sends, run by pgbench with no app in
/// between; and two floors: a static page behind sign-in, and /health/ready.
public static class ListLoadBenchmark
{
    private const string Password = "bench passphrase for loopback only";
    private const int WarmUpSeconds = 5;

    private static readonly (string Who, string Email, string Role)[] Users =
    [
        ("system administrator", "admin@bench.invalid", Roles.SystemAdministrator),
        ("Kent LA user", "adviser@kent.bench.invalid", Roles.ImprovementAdviser),
    ];

    // Kent has 42 pages of 50: the page shows its last for ?p=50.
    private static readonly string[] Pages = ["/settings?Query=nursery", "/settings?p=50"];

    public static async Task<int> RunAsync(IReadOnlyList<string> files, int seconds)
    {
        var temp = Directory.CreateTempSubdirectory("ascent-bench-load-");
        try
        {
            var loadBefore = Machine.LoadAverage();
            await using var postgres = await PostgresServer.StartAsync();
            var connectionString = await postgres.CreateDatabaseAsync("ascent");
            await PrepareAsync(postgres, connectionString, temp.FullName, files);
            await using var ascent = await AscentServer.StartAsync(connectionString, temp.FullName);
            Console.Error.WriteLine($"Ascent is on {ascent.BaseAddress}; {seconds} s per target.");

            var table = new MarkdownTable("Target", "Who", "Settings matched", "p50 ms", "p95 ms", "p99 ms", "Requests/s", "App ÷ raw SQL",
                "Ascent CPU ms/request", "PostgreSQL CPU ms/request", "p95 < 100 ms");
            async Task<Measured> MeasureAsync(Func<Task<LoadResult>> load)
            {
                var (app, database) = (ascent.Cpu(), postgres.Cpu());
                var result = await load();
                return new Measured(result, (ascent.Cpu() - app).TotalMilliseconds / result.Requests, (postgres.Cpu() - database).TotalMilliseconds / result.Requests);
            }

            async Task AddFloorAsync(string label, string who, string path, string? cookie)
            {
                var url = new Uri(ascent.BaseAddress, path);
                await ascent.GetPageAsync(cookie, path);
                await LoadTools.WrkAsync(url, cookie, WarmUpSeconds);
                var floor = await MeasureAsync(() => LoadTools.WrkAsync(url, cookie, seconds));
                await ascent.GetPageAsync(cookie, path);
                table.Add([$"`{path}` ({label})", who, "—", .. Latencies(floor.Result), "—", Ms(floor.AscentMs), Ms(floor.PostgresMs), "—"]);
            }

            string? cookie = null;
            foreach (var (who, email, _) in Users)
            {
                cookie = await ascent.SignInAsync(email, Password);
                foreach (var path in Pages)
                {
                    var url = new Uri(ascent.BaseAddress, path);
                    // One view first, unlogged, so that the SQL captured is a steady view's: the filter choices are cached
                    // after the first view of each scope.
                    var total = await ascent.SettingsTotalAsync(cookie, path);
                    var statements = await StatementLog.CaptureAsync(postgres, async () => total = await ascent.SettingsTotalAsync(cookie, path));
                    Console.Error.WriteLine($"{who} {path} sends {statements.Count} SELECTs:{string.Concat(statements.Select(s => "\n  " + s.ReplaceLineEndings(" ")[..Math.Min(s.Length, 110)]))}");
                    // Unmeasured warm-up, so that JIT compilation and cold caches stay out of the figures.
                    await LoadTools.WrkAsync(url, cookie, WarmUpSeconds);
                    var web = await MeasureAsync(() => LoadTools.WrkAsync(url, cookie, seconds));
                    // The same cookie must still reach the list, or wrk was timing redirects to the sign-in page.
                    await ascent.SettingsTotalAsync(cookie, path);

                    var sql = await MeasureAsync(() => LoadTools.PgbenchAsync(postgres, "ascent", string.Join('\n', statements), seconds));
                    var matched = total;
                    table.Add([$"`{path}`", who, matched, .. Latencies(web.Result), (web.Result.PerSecond / sql.Result.PerSecond).ToString("F2", Format.Culture),
                        Ms(web.AscentMs), Ms(web.PostgresMs), web.Result.P95Ms < 100 ? "yes" : "**no**"]);
                    table.Add([$"its SQL alone: the {statements.Count} SELECTs (pgbench)", who, matched, .. Latencies(sql.Result), "—", "—", Ms(sql.PostgresMs), "—"]);
                    Console.Error.WriteLine($"{who} {path}: p95 {web.Result.P95Ms:F1} ms, {web.Result.PerSecond:F0}/s; its SQL p95 {sql.Result.P95Ms:F1} ms, {sql.Result.PerSecond:F0}/s");
                }
            }

            // Floors: a static page behind sign-in (cookie, session check, layout: what every page pays), and the
            // health check (one trivial query through the HTTP pipeline, no sign-in).
            await AddFloorAsync("signed-in floor", Users[^1].Who, "/account/security/required", cookie); // the last user's cookie
            await AddFloorAsync("HTTP floor", "anonymous", "/health/ready", cookie: null);
            Console.WriteLine(table.ToString());
            Console.WriteLine($"Machine: {Machine.Describe()}. Load average (1, 5, 15 min) before: {loadBefore}; after: {Machine.LoadAverage()}.");
            return 0;
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// Imports the register and creates the two users, through the app's own services, before Kestrel starts.
    private static async Task PrepareAsync(PostgresServer postgres, string connectionString, string dataDirectory, IReadOnlyList<string> files)
    {
        await using var app = await AscentHost.StartAsync("Postgres", connectionString, dataDirectory);
        var import = await ImportBenchmark.ImportAsync(app.Services, files, postgres);
        Console.Error.WriteLine($"Imported: {import.Summary} in {import.Total.TotalSeconds:F1} s.");
        // A database in use has its statistics; one just loaded has none until autovacuum comes round (up to a minute or
        // more), and without them PostgreSQL plans the list's queries as if the tables were empty.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("ANALYZE", connection);
            await analyze.ExecuteNonQueryAsync();
        }


        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var kentId = await db.Tenants.Where(t => t.RegisterName == "Kent").Select(t => t.Id).SingleAsync();
        foreach (var (who, email, role) in Users)
        {
            // Demo users may skip two-factor set-up while the server runs in demo mode; there is no second factor to script.
            var user = new AppUser(email, $"Bench {who}", role == Roles.SystemAdministrator ? null : kentId, settingId: null) { EmailConfirmed = true };
            user.MarkAsDemo();
            var created = await userManager.CreateAsync(user, Password);
            if (created.Succeeded)
                created = await userManager.AddToRoleAsync(user, role);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
    }

    private static string Ms(double value) => value.ToString("F1", Format.Culture);

    private static string[] Latencies(LoadResult r) => [Ms(r.P50Ms), Ms(r.P95Ms), Ms(r.P99Ms), r.PerSecond.ToString("N0", Format.Culture)];

    private sealed record Measured(LoadResult Result, double AscentMs, double PostgresMs);
}
