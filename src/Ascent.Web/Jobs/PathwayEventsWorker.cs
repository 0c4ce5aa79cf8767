using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Cases;

namespace Ascent.Web.Jobs;

/// Hands the register's change events to the pathway engine: straight after an import (Wake), and every minute in
/// case an import ran elsewhere (the command line, another instance). The engine's own transactions make
/// running it from two places at once safe.
public sealed class PathwayEventsWorker(IServiceProvider services, ILogger<PathwayEventsWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);

    public void Wake() => _wake.Release();

    public static async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Support pathways");
        return await scope.ServiceProvider.GetRequiredService<PathwayEngine>().ProcessPendingAsync(cancellationToken);
    }

    /// Only the event a person just raised, so a form never waits behind an import's backlog of events.
    public static async Task<int> RunForEventAsync(IServiceProvider services, long eventId, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Support pathways");
        return await scope.ServiceProvider.GetRequiredService<PathwayEngine>().ProcessUpToAsync(eventId, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var opened = await RunOnceAsync(services, stoppingToken);
                if (opened > 0)
                    logger.LogInformation("Support pathways opened {Count} cases", opened);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Processing change events failed; trying again in a minute");
            }

            await _wake.WaitAsync(TimeSpan.FromMinutes(1), stoppingToken);
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
