using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Bench;

/// A setting's charts page (/settings/{id}/charts) under load: one setting with SERIES measures of five years of
/// monthly values each (every chart kind, a baseline, a phase, an exclusion and annotations), read by the LA's
/// adviser: one request at a time (what a person waits for: the p95 target is judged on it) and 20 at once with wrk.
/// Beside it, the SQL the page sends, run by pgbench with no app in between (both ways), the signed-in floor, and where
/// a request's CPU goes (ChartsProfile).
public static class ChartsLoadBenchmark
{
    private const string Password = "bench passphrase for loopback only";
    private const string Email = "adviser@charts.bench.invalid";
    private const int WarmUpSeconds = 5;
    private const int Months = 60;

    public static async Task<int> RunAsync(int seconds, int series, int requests)
    {
        var temp = Directory.CreateTempSubdirectory("ascent-bench-charts-");
        try
        {
            var loadBefore = Machine.LoadAverage();
            await using var postgres = await PostgresServer.StartAsync();
            var connectionString = await postgres.CreateDatabaseAsync("ascent");
            int settingId;
            ChartsProfile.Result profile;
            await using (var app = await AscentHost.StartAsync("Postgres", connectionString, temp.FullName))
            {
                settingId = await PrepareAsync(app, series);
                profile = await ChartsProfile.MeasureAsync(app, settingId, requests);
            }

            await using var ascent = await AscentServer.StartAsync(connectionString, temp.FullName);
            var cookie = await ascent.SignInAsync(Email, Password);
            var path = $"/settings/{settingId}/charts";
            var page = await ascent.GetPageAsync(cookie, path);
            var charts = page.Split("role=\"img\"").Length - 1;
            if (charts != series)
                throw new InvalidOperationException($"{path} drew {charts} charts, not {series}.");
            var kilobytes = System.Text.Encoding.UTF8.GetByteCount(page) / 1024.0;
            var statements = await StatementLog.CaptureAsync(postgres, () => ascent.GetPageAsync(cookie, path));
            Console.Error.WriteLine($"{path} sends {statements.Count} SELECTs; {kilobytes:F0} KB of HTML.");

            // Warm both pages up under wrk first, so the JIT's optimised code (tiered compilation) is what is timed, then
            // one at a time (what a person waits for), then 20 at once with wrk; the floor both ways.
            var floorPath = "/account/security/required";
            var url = new Uri(ascent.BaseAddress, path);
            var floorUrl = new Uri(ascent.BaseAddress, floorPath);
            await LoadTools.WrkAsync(url, cookie, WarmUpSeconds);
            await LoadTools.WrkAsync(floorUrl, cookie, WarmUpSeconds);
            var one = await OneAtATime.RunAsync(ascent.BaseAddress, cookie, path, 50, requests, ascent.Cpu);
            var floorOne = await OneAtATime.RunAsync(ascent.BaseAddress, cookie, floorPath, 50, requests, ascent.Cpu);
            var (appCpu, dbCpu) = (ascent.Cpu(), postgres.Cpu());
            var web = await LoadTools.WrkAsync(url, cookie, seconds);
            var (webApp, webDb) = ((ascent.Cpu() - appCpu).TotalMilliseconds / web.Requests, (postgres.Cpu() - dbCpu).TotalMilliseconds / web.Requests);
            await ascent.GetPageAsync(cookie, path); // still signed in: wrk timed the page, not redirects
            var sql = string.Join('\n', statements);
            var sqlOne = await LoadTools.PgbenchAsync(postgres, "ascent", sql, seconds, clients: 1);
            var sqlLoad = await LoadTools.PgbenchAsync(postgres, "ascent", sql, seconds);
            var floor = await LoadTools.WrkAsync(floorUrl, cookie, seconds);

            var target = $"`/settings/{{id}}/charts` ({series} charts × {Months} months, {kilobytes:F0} KB, {statements.Count} SELECTs)";
            var table = new MarkdownTable("Target", "How", "Requests", "p50 ms", "p95 ms", "p99 ms", "Requests/s", "Ascent CPU ms/request", "PostgreSQL CPU ms/request", "p95 < 150 ms");
            table.Add([target, "one at a time", Whole(one.Requests), .. Latencies(one.P50Ms, one.P95Ms, one.P99Ms, one.PerSecond), Ms(one.CpuMsPerRequest), "—", one.P95Ms < 150 ? "yes" : "**no**"]);
            table.Add([target, $"{LoadTools.Connections} at once (wrk)", Whole(web.Requests), .. Latencies(web.P50Ms, web.P95Ms, web.P99Ms, web.PerSecond), Ms(webApp), Ms(webDb), web.P95Ms < 150 ? "yes" : "**no**"]);
            table.Add([$"its SQL alone: the {statements.Count} SELECTs (pgbench)", "one at a time", Whole(sqlOne.Requests), .. Latencies(sqlOne.P50Ms, sqlOne.P95Ms, sqlOne.P99Ms, sqlOne.PerSecond), "—", "—", "—"]);
            table.Add([$"its SQL alone: the {statements.Count} SELECTs (pgbench)", $"{LoadTools.Connections} at once", Whole(sqlLoad.Requests), .. Latencies(sqlLoad.P50Ms, sqlLoad.P95Ms, sqlLoad.P99Ms, sqlLoad.PerSecond), "—", "—", "—"]);
            table.Add([$"`{floorPath}` (signed-in floor)", "one at a time", Whole(floorOne.Requests), .. Latencies(floorOne.P50Ms, floorOne.P95Ms, floorOne.P99Ms, floorOne.PerSecond), Ms(floorOne.CpuMsPerRequest), "—", "—"]);
            table.Add([$"`{floorPath}` (signed-in floor)", $"{LoadTools.Connections} at once (wrk)", Whole(floor.Requests), .. Latencies(floor.P50Ms, floor.P95Ms, floor.P99Ms, floor.PerSecond), "—", "—", "—"]);
            Console.WriteLine(table.ToString());

            var parts = new MarkdownTable("Part of one request (CPU ms, in-process, no HTTP)", "ms");
            parts.Add($"Reading the {profile.Charts} series and computing the charts (the queries' client side included)", Ms(profile.ReadAndComputeMs));
            parts.Add("of which the maths alone (centre lines, limits, Anhøj rules, summaries)", Ms(profile.MathsMs));
            parts.Add($"Drawing the {profile.Charts} SVGs", Ms(profile.SvgMs));
            parts.Add("The whole request, one at a time (Ascent's process)", Ms(one.CpuMsPerRequest));
            parts.Add("The signed-in floor's whole request", Ms(floorOne.CpuMsPerRequest));
            Console.WriteLine(parts.ToString());
            Console.WriteLine($"Machine: {Machine.Describe()}. Load average (1, 5, 15 min) before: {loadBefore}; after: {Machine.LoadAverage()}.");
            return 0;
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// One LA, one setting with its measures and annotations, and an adviser, through the app's own services.
    private static async Task<int> PrepareAsync(WebApplication app, int series)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = new Tenant("Bench Council", TenantKind.LocalAuthority, "England") { RegisterName = "Bench" };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        var setting = new Setting(tenant.Id, "EY900001", "Bench Day Nursery", "Childcare on non-domestic premises", new DateOnly(2015, 1, 1));
        db.Settings.Add(setting);
        await db.SaveChangesAsync();

        var random = new Random(150);
        var first = new DateOnly(2021, 1, 28);
        ChartKind[] kinds = [ChartKind.Run, ChartKind.I, ChartKind.P, ChartKind.U, ChartKind.C];
        for (var s = 0; s < series; s++)
        {
            var kind = kinds[s % kinds.Length];
            var measure = new Measure(setting, $"Bench measure {s + 1}", "Five years of monthly values.", kind, s % 2 == 0 ? 12 : null);
            for (var m = 0; m < Months; m++)
            {
                var date = first.AddMonths(m);
                var shift = m >= 36 ? 4 : 0;
                switch (kind)
                {
                    case ChartKind.P or ChartKind.U:
                        var total = 20 + random.Next(0, 15);
                        var counted = Math.Min(total, random.Next(4, 10) + shift);
                        measure.Record(date, Math.Round((decimal)counted / total, 6), counted, total);
                        break;
                    default:
                        measure.Record(date, random.Next(3, 12) + shift, null, null);
                        break;
                }
            }

            measure.Values.First(v => v.Date == first.AddMonths(36)).StartPhase(true);
            measure.Values.First(v => v.Date == first.AddMonths(20)).Exclude("Counted twice");
            db.Measures.Add(measure);
        }

        db.ChartAnnotations.Add(new ChartAnnotation(setting, first.AddMonths(35).AddDays(10), "Training day", null, "Bench", TimeProvider.System.GetUtcNow()));
        db.ChartAnnotations.Add(new ChartAnnotation(setting, first.AddMonths(40), "Goal started", null, "Bench", TimeProvider.System.GetUtcNow()));
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser(Email, "Bench adviser", tenant.Id, settingId: null) { EmailConfirmed = true };
        user.MarkAsDemo();
        var created = await users.CreateAsync(user, Password);
        if (created.Succeeded)
            created = await users.AddToRoleAsync(user, Roles.ImprovementAdviser);
        if (!created.Succeeded)
            throw new InvalidOperationException($"Could not create {Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        return setting.Id;
    }

    private static string Ms(double value) => value.ToString("F1", Format.Culture);

    private static string Whole(long value) => value.ToString("N0", Format.Culture);

    private static string[] Latencies(double p50, double p95, double p99, double perSecond) => [Ms(p50), Ms(p95), Ms(p99), perSecond.ToString("N0", Format.Culture)];
}
