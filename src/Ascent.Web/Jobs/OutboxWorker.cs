using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Infrastructure.Tenancy;

namespace Ascent.Web.Jobs;

/// Delivers the outbox in the background: straight after a save that queued a message (OutboxWakeInterceptor calls
/// Wake), and every minute for retries that come due and for messages queued by another instance. The clock is the
/// app's TimeProvider, so tests that hold time still get deliveries only through Wake, and retries when they move it.
public sealed class OutboxWorker(IServiceProvider services, TimeProvider time, ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _wake = new(0);

    public void Wake()
    {
        // One pending wake is enough: the pass it starts sees every message queued before it.
        if (_wake.CurrentCount == 0)
            _wake.Release();
    }

    /// One pass as the system (the outbox holds every LA's messages); what the worker runs, and what tests call.
    public static async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("E-mail outbox");
        return await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().SendDueAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(services, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Delivering the e-mail outbox failed; trying again in a minute");
            }

            await WaitAsync(stoppingToken);
        }
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var poll = new CancellationTokenSource(PollInterval, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, poll.Token);
        try
        {
            await _wake.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The minute is up.
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
