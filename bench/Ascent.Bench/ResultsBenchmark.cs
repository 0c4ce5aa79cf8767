using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Bench;

/// An audit's results page (/audits/{id}/results) for an ECERS-3-compatible rating of 35 items with two observers, an
/// agreed sheet and a previous audit of the same room, on PostgreSQL: one person asking one page at a time (the
/// target is p95 under 150 ms), then 20 at once with wrk; and the SELECTs the page sends.
public static class ResultsBenchmark
{
    private const string Password = "bench passphrase for loopback only";
    private const string Email = "adviser@results.bench.invalid";

    public static async Task<int> RunAsync(int requests)
    {
        var temp = Directory.CreateTempSubdirectory("ascent-bench-results-");
        try
        {
            var loadBefore = Machine.LoadAverage();
            await using var postgres = await PostgresServer.StartAsync();
            var connectionString = await postgres.CreateDatabaseAsync("ascent");
            var auditId = await PrepareAsync(connectionString, temp.FullName);
            await using var ascent = await AscentServer.StartAsync(connectionString, temp.FullName);
            var cookie = await ascent.SignInAsync(Email, Password);
            var path = $"/audits/{auditId}/results";
            var html = await ascent.GetPageAsync(cookie, path);
            if (!html.Contains("Up from", StringComparison.Ordinal) || !html.Contains("Exact agreement", StringComparison.Ordinal))
                throw new InvalidOperationException("The results page shows no change since the previous audit or no agreement.");
            var statements = await StatementLog.CaptureAsync(postgres, () => ascent.GetPageAsync(cookie, path));
            Console.Error.WriteLine($"{path} sends {statements.Count} SELECTs.");

            // One at a time: what a person waits for. Warm-up first, so JIT compilation stays out of the figures.
            var one = await OneAtATime.RunAsync(ascent.BaseAddress, cookie, path, 50, requests, ascent.Cpu);

            // Under load too, when wrk is installed (apt-get install -y wrk).
            LoadResult? load = null;
            try
            {
                load = await LoadTools.WrkAsync(new Uri(ascent.BaseAddress, path), cookie, 20);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                Console.Error.WriteLine($"No load run: {e.Message}");
            }

            var table = new MarkdownTable("Target", "Requests", "p50 ms", "p95 ms", "p99 ms", "Requests/s", "Ascent CPU ms/request", "SELECTs", "p95 < 150 ms");
            table.Add($"`{path}`, one at a time", one.Requests.ToString(Format.Culture), Ms(one.P50Ms), Ms(one.P95Ms), Ms(one.P99Ms),
                one.PerSecond.ToString("N0", Format.Culture), Ms(one.CpuMsPerRequest), statements.Count.ToString(Format.Culture), one.P95Ms < 150 ? "yes" : "**no**");
            if (load is not null)
            {
                table.Add($"`{path}`, {LoadTools.Connections} at once (wrk)", load.Requests.ToString("N0", Format.Culture), Ms(load.P50Ms), Ms(load.P95Ms), Ms(load.P99Ms),
                    load.PerSecond.ToString("N0", Format.Culture), "—", "—", "—");
            }

            Console.WriteLine(table.ToString());
            Console.WriteLine($"Machine: {Machine.Describe()}. Load average (1, 5, 15 min) before: {loadBefore}; after: {Machine.LoadAverage()}.");
            return 0;
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static string Ms(double value) => value.ToString("F1", Format.Culture);

    /// An LA with one setting and its pre-school room, an adviser, and two finished audits of the room: June's and
    /// November's, each with two observers and an agreed sheet of 35 scored items with notes.
    private static async Task<int> PrepareAsync(string connectionString, string dataDirectory)
    {
        await using var app = await AscentHost.StartAsync("Postgres", connectionString, dataDirectory);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = new Tenant("Bench Council", TenantKind.LocalAuthority, "England") { RegisterName = "Bench" };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        var setting = new Setting(tenant.Id, "EY900001", "Bench Day Nursery", "Childcare on non-domestic premises", new DateOnly(2015, 1, 1));
        db.Settings.Add(setting);
        await db.SaveChangesAsync();
        var room = new Room(setting, "Pre-school", "3 and 4");
        db.Rooms.Add(room);
        await db.SaveChangesAsync();

        var ecers = scope.ServiceProvider.GetRequiredService<InstrumentCatalogue>().Get("ecers-3");
        var random = new Random(15);
        var ids = new List<int>();
        foreach (var observed in new[] { new DateOnly(2026, 6, 10), new DateOnly(2026, 11, 12) })
        {
            var audit = new Audit(setting, room, ecers, AuditMode.ItemScores, observed, "Bench", new DateTimeOffset(observed, TimeOnly.MinValue, TimeSpan.Zero));
            var sheets = new[] { audit.AddSheet(SheetKind.Observer, null, "Ada Adviser"), audit.AddSheet(SheetKind.Observer, null, "Eve Evaluator"), audit.AddSheet(SheetKind.Agreed, null, "Agreed") };
            foreach (var item in ecers.Items)
            {
                var score = random.Next(1, 8);
                foreach (var sheet in sheets)
                {
                    var answer = sheet.AnswerFor(item.Number);
                    answer.Score = Math.Clamp(score + (sheet.Kind == SheetKind.Agreed ? 0 : random.Next(-1, 2)), 1, 7);
                    answer.Note = $"What the observers saw of {item.Name.ToLowerInvariant()}, written as a sentence or two.";
                }
            }

            audit.Finish("Bench", new DateTimeOffset(observed, TimeOnly.MinValue, TimeSpan.Zero),
                ScoreMeans.Of(ecers, sheets[2].Answers.ToDictionary(a => a.ItemNumber, a => a.Score)).Total);
            db.Audits.Add(audit);
            await db.SaveChangesAsync();
            ids.Add(audit.Id);
        }

        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser(Email, "Bench adviser", tenant.Id, settingId: null) { EmailConfirmed = true };
        user.MarkAsDemo();
        var created = await userManager.CreateAsync(user, Password);
        if (created.Succeeded)
            created = await userManager.AddToRoleAsync(user, Roles.ImprovementAdviser);
        if (!created.Succeeded)
            throw new InvalidOperationException($"Could not create {Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        return ids[^1];
    }
}
