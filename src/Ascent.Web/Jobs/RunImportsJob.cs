using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Imports;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Jobs;

/// Runs queued web uploads in the background. A run left "running" by a stopped Ascent is marked failed at start,
/// so nobody waits for it; its transaction never committed, so the register is as it was.
public sealed class RunImportsJob(IServiceProvider services, ImportQueue queue, PathwayEventsJob pathways, TimeProvider time, ILogger<RunImportsJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await FailInterruptedRunsAsync(stoppingToken);
        await foreach (var request in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(request, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Import run {RunId} failed", request.RunId);
            }
            finally
            {
                queue.Forget(request.RunId);
                foreach (var (_, path) in request.Files)
                    File.Delete(path);
            }
        }
    }

    private async Task RunAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        // The uploader's tenant was fixed when the run was recorded; the importer keeps to it.
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(request.ActorName);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = await db.ImportRuns.SingleAsync(r => r.Id == request.RunId, cancellationToken);
        RegisterBatch batch;
        try
        {
            batch = ImportSources.Read(request.Source, [.. request.Files.Select(f => (f.Name, (Func<Stream>)(() => File.OpenRead(f.Path))))], done => queue.Report(run.Id, done, 0));
        }
        catch (ImportException error)
        {
            run.Fail(error.Message, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var importer = scope.ServiceProvider.GetRequiredService<RegisterImporter>();
        try
        {
            await importer.ImportAsync(batch, request.TenantId, new Progress<int>(done => queue.Report(run.Id, done, batch.Records.Count)), run, cancellationToken);
            pathways.Wake();
        }
        catch (ImportException)
        {
            // Already recorded on the run by the importer.
        }
    }

    private async Task FailInterruptedRunsAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Ascent start-up");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var interrupted = await db.ImportRuns.Where(r => r.Status == ImportStatus.Running).ToListAsync(cancellationToken);
        foreach (var run in interrupted)
            run.Fail("Ascent stopped before this import finished; nothing from it was saved. Upload the file again.", time.GetUtcNow());
        if (interrupted.Count > 0)
            await db.SaveChangesAsync(cancellationToken);
    }
}
