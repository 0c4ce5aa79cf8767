using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Imports;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Jobs;

/// Runs web uploads in the background. Uploads wait in the database (a Queued run with its files), so any node
/// behind a load balancer may run them: each node claims the oldest with one conditional UPDATE, which exactly one
/// node can win. One import at a time: a node claims only while no import is running (an import is CPU and I/O
/// heavy, and two at once would fight over the same rows). Each look also marks runs whose lease ran out as
/// interrupted.
public sealed class ImportQueueWorker(IServiceProvider services, PathwayEventsWorker pathways, TimeProvider time, ILogger<ImportQueueWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _wake = new(0);

    /// This node, as the runs it claims record it (a process may host more than one, as the tests do).
    public string Holder { get; } = $"{ImportHolder.ThisProcess} node {Guid.NewGuid().ToString("N", System.Globalization.CultureInfo.InvariantCulture)[..8]}";

    /// An upload was queued on this node: look now rather than at the next poll.
    public void Wake() => _wake.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await MarkInterruptedAsync(stoppingToken);
                await ForgetUncheckedAsync(stoppingToken);
                bool ran;
                do
                {
                    ran = await RunNextAsync(stoppingToken);
                }
                while (ran);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Running queued imports failed; trying again shortly");
            }

            await _wake.WaitAsync(PollInterval, stoppingToken);
        }
    }

    /// Claims the oldest queued upload and imports it; false when there was none this node could claim.
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        if (await ClaimNextAsync(cancellationToken) is not { } runId)
            return false;
        string? failure = null;
        try
        {
            await RunAsync(runId, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Import run {RunId} failed", runId);
            failure = error.Message;
        }
        finally
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Import queue");
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // A failure the importer did not record itself (reading the files) must not leave the run "running".
            if (failure is not null && await db.ImportRuns.SingleAsync(r => r.Id == runId, CancellationToken.None) is { Status: ImportStatus.Running } run)
                run.Fail(("The import failed: " + failure)[..Math.Min(failure.Length + 19, 4000)], time.GetUtcNow());
            db.ImportUploads.RemoveRange(await db.ImportUploads.Where(u => u.ImportRunId == runId).ToListAsync(CancellationToken.None));
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return true;
    }

    /// The id of the run this node won, or null.
    public async Task<long?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Import queue");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var queued = await db.ImportRuns.Where(r => r.Status == ImportStatus.Queued).OrderBy(r => r.Id).Select(r => r.Id).Take(10).ToListAsync(cancellationToken);
        foreach (var id in queued)
        {
            var now = time.GetUtcNow();
            var until = now + ImportRun.Lease;
            // The claim, the lease and the one-at-a-time rule in one statement: of two nodes racing, the second finds
            // the run no longer queued (PostgreSQL re-checks the WHERE after the first commits; SQLite writes one at a time).
            var won = await db.ImportRuns.Where(r => r.Id == id && r.Status == ImportStatus.Queued && !db.ImportRuns.Any(o => o.Status == ImportStatus.Running))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Running).SetProperty(r => r.Holder, Holder)
                    .SetProperty(r => r.HeartbeatAt, now).SetProperty(r => r.LeaseUntil, until), cancellationToken);
            if (won == 1)
                return id;
        }

        return null;
    }

    public async Task<int> MarkInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Import queue");
        return await ImportHeartbeat.MarkInterruptedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), time.GetUtcNow(), cancellationToken);
    }

    /// How long an upload may wait on its check page before its files are let go.
    public static readonly TimeSpan CheckWaits = TimeSpan.FromDays(1);

    /// Uploads checked but never imported would keep their files in the database for ever: after a day, the run
    /// records that nothing was imported and its files go.
    public async Task<int> ForgetUncheckedAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Import queue");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow();
        var before = now - CheckWaits;
        var stale = await db.ImportRuns.Where(r => r.Status == ImportStatus.Checking && r.StartedAt < before).Take(100).ToListAsync(cancellationToken);
        foreach (var run in stale)
        {
            run.Fail("The file was checked but not imported within a day, so it was not kept. Upload it again to import it.", now);
            db.ImportUploads.RemoveRange(await db.ImportUploads.Where(u => u.ImportRunId == run.Id).ToListAsync(cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        return stale.Count;
    }

    private async Task RunAsync(long runId, CancellationToken cancellationToken)
    {
        await using var heartbeat = ImportHeartbeat.Start(services, runId, time);
        await using var scope = services.CreateAsyncScope();
        var currentUser = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        currentUser.ActAsSystem("Import queue");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = await db.ImportRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        // The uploader's tenant was fixed when the run was recorded; the importer keeps to it.
        currentUser.ActAsSystem(run.StartedBy);
        var files = await db.ImportUploads.AsNoTracking().Where(u => u.ImportRunId == runId).OrderBy(u => u.Position)
            .Select(u => new { u.FileName, u.Content }).ToListAsync(cancellationToken);
        RegisterBatch batch;
        try
        {
            batch = ImportSources.Read(run.Source, [.. files.Select(f => (f.FileName, (Func<Stream>)(() => new MemoryStream(f.Content, writable: false))))],
                done => heartbeat.Progress = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{done:N0} rows read"));
        }
        catch (ImportException error)
        {
            run.Fail(error.Message, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        heartbeat.Progress = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Comparing {batch.Records.Count:N0} settings with the register");
        var importer = scope.ServiceProvider.GetRequiredService<RegisterImporter>();
        try
        {
            await importer.ImportAsync(batch, run.TenantId, null, run, cancellationToken);
            pathways.Wake();
        }
        catch (ImportException)
        {
            // Already recorded on the run by the importer.
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
