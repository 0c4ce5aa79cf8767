using Ascent.Tests.Support;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Services.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Imports;

/// A killed import must not stay "running" for ever, and an import still going must never be marked interrupted.
/// The clock is the fixture's: leases run out when the test moves it, not by waiting.
public abstract class ImportLeaseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private Task<long> StartRunAsync(string file) => app.WithDbAsync(async (db, _) =>
    {
        var run = new ImportRun(app.World.TenantBId, "ofsted", file, "Command line import", app.Time.GetUtcNow());
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync();
        return run.Id;
    });

    private Task<int> MarkInterruptedAsync() => app.WithDbAsync((db, _) => ImportHeartbeat.MarkInterruptedAsync(db, app.Time.GetUtcNow(), CancellationToken.None));

    private Task<ImportRun> RunAsync(long id) => app.WithDbAsync((db, _) => db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task ARunWhoseProcessStopped_IsMarkedInterrupted_WhileOneThatKeepsBeating_IsLeftRunning()
    {
        var killed = await StartRunAsync("killed.csv");
        var alive = await StartRunAsync("alive.csv");
        var heartbeat = ImportHeartbeat.Start(app.Factory.Services, alive, app.Time);
        try
        {
            // Twenty-four heartbeat intervals: twice the lease. Each move of the clock lets the heartbeat's timer fire.
            for (var i = 0; i < 24; i++)
            {
                app.Time.Advance(ImportRun.HeartbeatInterval);
                await WaitForHeartbeatAsync(alive, app.Time.GetUtcNow());
            }

            // The nodes' own import jobs look too; whoever marks it, the result is the same.
            await MarkInterruptedAsync();
            var interrupted = await RunAsync(killed);
            Assert.Equal(ImportStatus.Interrupted, interrupted.Status);
            Assert.Contains("stopped before it finished", interrupted.Error, StringComparison.Ordinal);
            Assert.Equal(ImportStatus.Running, (await RunAsync(alive)).Status);
        }
        finally
        {
            await heartbeat.DisposeAsync();
        }

        // Now the second process is gone too: once its lease runs out, it is interrupted as well.
        app.Time.Advance(ImportRun.Lease - TimeSpan.FromSeconds(1));
        await MarkInterruptedAsync();
        Assert.Equal(ImportStatus.Running, (await RunAsync(alive)).Status);
        app.Time.Advance(TimeSpan.FromSeconds(2));
        await MarkInterruptedAsync();
        Assert.Equal(ImportStatus.Interrupted, (await RunAsync(alive)).Status);
    }

    [Fact]
    public async Task AnUploadCheckedButNeverImported_KeepsItsFilesForADay_ThenSaysNothingWasImported()
    {
        var id = await app.WithDbAsync(async (db, _) =>
        {
            var run = ImportRun.Uploaded(app.World.TenantBId, "ofsted", "left-on-the-check-page.csv", "Bea Admin", app.Time.GetUtcNow());
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
            db.ImportUploads.Add(new ImportUpload(run.Id, 0, "left-on-the-check-page.csv", [1, 2, 3]));
            await db.SaveChangesAsync();
            return run.Id;
        });
        var job = app.Factory.Services.GetRequiredService<Ascent.Web.Jobs.ImportQueueWorker>();
        Task<int> UploadsAsync() => app.WithDbAsync((db, _) => db.ImportUploads.CountAsync(u => u.ImportRunId == id));

        app.Time.Advance(Ascent.Web.Jobs.ImportQueueWorker.CheckWaits - TimeSpan.FromMinutes(1));
        await job.ForgetUncheckedAsync(CancellationToken.None);
        Assert.Equal(ImportStatus.Checking, (await RunAsync(id)).Status);
        Assert.Equal(1, await UploadsAsync());

        // The nodes' own import jobs look too; whoever lets the files go, the result is the same.
        app.Time.Advance(TimeSpan.FromMinutes(2));
        await job.ForgetUncheckedAsync(CancellationToken.None);
        var forgotten = await RunAsync(id);
        Assert.Equal(ImportStatus.Failed, forgotten.Status);
        Assert.Contains("checked but not imported within a day", forgotten.Error, StringComparison.Ordinal);
        Assert.Equal(0, await UploadsAsync());
    }

    [Fact]
    public async Task AFinishedRun_IsNeverMarked_AndTheRunPageStopsRefreshing()
    {
        var finished = await app.WithDbAsync(async (db, _) =>
        {
            var run = new ImportRun(app.World.TenantAId, "ofsted", "done.csv", "Ada Admin", app.Time.GetUtcNow());
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
            run.Succeed(app.Time.GetUtcNow());
            await db.SaveChangesAsync();
            return run.Id;
        });
        var running = await StartRunAsync("running.csv");
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminB);
        var page = await browser.GetAsync($"/imports/{running}");
        Assert.Equal("3", page.Document.QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Contains("Importing", page.Text, StringComparison.Ordinal);

        app.Time.Advance(ImportRun.Lease + TimeSpan.FromSeconds(1));
        await MarkInterruptedAsync();

        Assert.Equal(ImportStatus.Succeeded, (await RunAsync(finished)).Status);
        page = await browser.GetAsync($"/imports/{running}");
        Assert.Null(page.Document.QuerySelector("meta[http-equiv='refresh']"));
        Assert.Contains("Interrupted", page.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", page.Text, StringComparison.Ordinal);
    }

    // The heartbeat writes from its own task when the timer fires; this waits for that write, not for time to pass.
    private async Task WaitForHeartbeatAsync(long runId, DateTimeOffset at)
    {
        for (var i = 0; i < 400; i++)
        {
            // Stored instants are coarser than the clock's ticks (microseconds, or 100 µs on SQLite).
            if ((await RunAsync(runId)).HeartbeatAt >= at - TimeSpan.FromMilliseconds(1))
                return;
            await Task.Delay(25);
        }

        throw new TimeoutException("The heartbeat did not renew the lease.");
    }
}

public sealed class ImportLeaseTestsOnSqlite(SqliteFixture app) : ImportLeaseTests<SqliteFixture>(app);

public sealed class ImportLeaseTestsOnPostgres(PostgresFixture app) : ImportLeaseTests<PostgresFixture>(app);
