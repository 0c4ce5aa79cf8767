using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Imports;

/// Renews a running import's lease every few seconds, from its own scope and connection, and carries its progress
/// to the run's row, so any node's page can show it. A run whose lease ran out is marked interrupted by whoever looks
/// next (MarkInterruptedAsync); a live run is never marked, however long it takes (ADR 0005).
public sealed class ImportHeartbeat : IAsyncDisposable
{
    private const string InterruptedReason = "This import stopped before it finished (Ascent or the command was stopped); nothing from it was saved. Run it again.";

    private readonly CancellationTokenSource _stop = new();
    private readonly IServiceProvider _services;
    private readonly long _runId;
    private readonly TimeProvider _time;
    private readonly Task _loop;

    private ImportHeartbeat(IServiceProvider services, long runId, TimeProvider time)
    {
        _services = services;
        _runId = runId;
        _time = time;
        _loop = BeatEveryIntervalAsync();
    }

    /// What the import is doing, e.g. "20,000 rows read"; written with the next beat.
    public string? Progress { get; set; }

    public static ImportHeartbeat Start(IServiceProvider services, long runId, TimeProvider time) => new(services, runId, time);

    /// Renews the lease once; false when the run is no longer running.
    public async Task<bool> BeatAsync(CancellationToken cancellationToken)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Import heartbeat");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = _time.GetUtcNow();
        var until = now + ImportRun.Lease;
        var progress = Progress;
        // A lease is bookkeeping, not a change anyone made: one conditional UPDATE, not an audited save.
        return await db.ImportRuns.Where(r => r.Id == _runId && r.Status == ImportStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAt, now).SetProperty(r => r.LeaseUntil, until).SetProperty(r => r.Progress, progress), cancellationToken) > 0;
    }

    /// Marks running imports whose lease ran out as interrupted. One conditional UPDATE, so a run whose heartbeat
    /// renewed its lease meanwhile is left alone. While an import's transaction writes, its run row (PostgreSQL) or
    /// the whole database (SQLite) is locked: this waits for that transaction, after which the run has finished and
    /// no longer matches.
    public static async Task<int> MarkInterruptedAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var marked = await db.ImportRuns.IgnoreQueryFilters() // housekeeping for every LA, whoever looks
            .Where(r => r.Status == ImportStatus.Running && (r.LeaseUntil == null || r.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Interrupted).SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Error, InterruptedReason), cancellationToken);
        if (marked > 0)
        {
            // Their uploaded files will not be read again.
            await db.ImportUploads.Where(u => db.ImportRuns.IgnoreQueryFilters().Any(r => r.Id == u.ImportRunId && r.Status == ImportStatus.Interrupted))
                .ExecuteDeleteAsync(cancellationToken);
        }

        return marked;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task BeatEveryIntervalAsync()
    {
        using var timer = new PeriodicTimer(ImportRun.HeartbeatInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    await BeatAsync(_stop.Token);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // A busy database (SQLite while the import writes) or a lost connection: the next beat tries again.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the import finished.
        }
    }
}

/// Names the process that runs an import, for the run's record.
public static class ImportHolder
{
    public static string ThisProcess { get; } = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Environment.MachineName} (process {Environment.ProcessId})");
}
