using Ascent.Web.Data.Migrations;
using Ascent.Web.Infrastructure;
using Quartz;

namespace Ascent.Web.Jobs;

/// Quartz with its job store in Ascent's own database, clustered on PostgreSQL: instances sharing the database share
/// one schedule, and each firing of a trigger runs on exactly one of them. The tables come from Ascent's migrations
/// (Data/Migrations/QuartzSchema), so Quartz only checks them at start-up.
public static class JobScheduling
{
    public const string SchedulerName = "Ascent";

    /// Every morning at 7, UK time (so 7am in both GMT and BST).
    public const string DailyCron = "0 0 7 * * ?";

    /// Once shortly after start-up too, so a deployment or a restart after 7am does not skip a day.
    public static readonly TimeSpan AfterStartUp = TimeSpan.FromMinutes(2);

    public static IServiceCollection AddAscentJobs(this IServiceCollection services, DatabaseProvider provider, string connectionString, bool scheduleReminders = true)
    {
        services.AddScoped<Services.Notifications.ReminderRun>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                // One name for the cluster (SCHED_NAME in the tables), a generated id for each instance in it.
                o.InstanceName = SchedulerName;
                o.GenerateInstanceId = true;
            });
            q.UsePersistentStore(store =>
            {
                if (provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering();
                }
                else
                {
                    // Quartz refuses clustering on SQLite: it serializes SQLite access with an in-process lock, not
                    // with row locks another process would see. A SQLite database serves one instance of Ascent
                    // (production runs several on PostgreSQL); if two ever shared one, SentReminder's unique key
                    // still stops a reminder going out twice.
                    store.UseSqlite(connectionString);
                }

                store.ConfigureStore(o =>
                {
                    o.TablePrefix = QuartzSchema.TablePrefix;
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                });
            });
            q.AddJob<SendRemindersJob>(j => j.WithIdentity(SendRemindersJob.Key).StoreDurably().WithDescription("E-mail and in-app reminders of due and overdue tasks"));
            if (scheduleReminders)
            {
                q.AddTrigger(t => t.ForJob(SendRemindersJob.Key)
                    .WithIdentity("send-reminders-daily", "ascent")
                    .WithCronSchedule(DailyCron, c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))));
            }
        });
        services.AddQuartzHostedService(o =>
        {
            o.AwaitApplicationStarted = true;
            o.WaitForJobsToComplete = true;
        });
        if (scheduleReminders)
            services.AddHostedService<ScheduleRemindersAfterStartUp>();
        return services;
    }
}

/// Adds the one-off trigger for "shortly after start-up", once the scheduler is up. Its name is fixed, so instances
/// starting together replace one another's trigger and it fires once for them all. The start is on Quartz's own
/// clock, which decides when triggers fire, not on the app's TimeProvider: a clock set elsewhere (a test's) would put
/// it in the past and fire it at once.
internal sealed class ScheduleRemindersAfterStartUp(ISchedulerFactory schedulers, IHostApplicationLifetime lifetime, ILogger<ScheduleRemindersAfterStartUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WaitForStartedAsync(stoppingToken);
            var scheduler = await schedulers.GetScheduler(stoppingToken);
            var trigger = TriggerBuilder.Create()
                .ForJob(SendRemindersJob.Key)
                .WithIdentity("send-reminders-after-start-up", "ascent")
                .StartAt(TimeProvider.System.GetUtcNow() + JobScheduling.AfterStartUp)
                .Build();
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before it started.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not schedule the reminders run after start-up; the daily run still happens");
        }
    }

    private async Task WaitForStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }
}
