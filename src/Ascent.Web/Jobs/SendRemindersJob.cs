using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Notifications;
using Quartz;

namespace Ascent.Web.Jobs;

/// Quartz's side of the reminders: works out today's date in the UK and hands it to ReminderRun, which does the work
/// (and is what tests call). Quartz's clustered store fires each trigger on one instance only; ReminderRun's own
/// idempotency covers everything else (a retry, a manual run, two triggers close together).
[DisallowConcurrentExecution]
public sealed class SendRemindersJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<SendRemindersJob> logger) : IJob
{
    public static readonly JobKey Key = new("send-reminders", "ascent");

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly UkToday(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), UkTime).DateTime);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Reminders");
        var today = UkToday(time);
        // Quality-mark reviews that open today first, so their notifications go out in this run's e-mail summaries.
        var reviews = await scope.ServiceProvider.GetRequiredService<Services.QualityMark.ReviewReminders>().RunAsync(today, cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync(today, cancellationToken);
        logger.LogInformation("Reminders for {Date}: {Reminders} reminders, {Reviews} quality-mark reviews opened, {Emails} e-mails", today, result.Reminders, reviews, result.Emails);
    }
}
