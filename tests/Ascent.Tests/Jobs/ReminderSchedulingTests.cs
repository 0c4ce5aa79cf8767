using System.Data.Common;
using Ascent.Tests.Services.Notifications;
using Ascent.Tests.Support;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ascent.Tests.Jobs;

public abstract class ReminderSchedulingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(30);

    private bool ExpectClustered => app is PostgresFixture;

    [Fact]
    public async Task TheMigrations_CreateQuartzsTables()
    {
        // Reading a table that is not there throws: each one the migrations left out is named.
        var missing = new List<string>();
        foreach (var table in new[] { "qrtz_job_details", "qrtz_triggers", "qrtz_cron_triggers", "qrtz_simple_triggers", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks" })
        {
            if (await Record.ExceptionAsync(() => ScalarAsync($"SELECT COUNT(*) FROM {table}")) is not null)
                missing.Add(table);
        }
        Assert.Empty(missing);
    }

    [Fact]
    public async Task TheScheduler_RunsOnTheDatabaseStore_ClusteredOnPostgres_WithTheDailyReminders()
    {
        var scheduler = await app.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var deadline = TimeProvider.System.GetUtcNow() + StartWait;
        while (scheduler.Status != SchedulerStatus.Running && TimeProvider.System.GetUtcNow() < deadline)
            await Task.Delay(100);

        var metadata = await scheduler.GetMetadata();
        Assert.Equal(SchedulerStatus.Running, scheduler.Status);
        Assert.True(metadata.JobStorePersistent);
        // Quartz clusters on PostgreSQL only; a SQLite database serves one instance (see JobScheduling).
        Assert.Equal(ExpectClustered, metadata.JobStoreClustered);
        Assert.Equal(JobScheduling.SchedulerName, metadata.SchedulerName);

        var daily = Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("send-reminders-daily", "ascent")), exactMatch: false);
        Assert.Equal(JobScheduling.DailyCron, daily.CronExpressionString);
        Assert.Equal("Europe/London", daily.TimeZone.Id);
        // Stored in the database, not in memory: what another instance would see.
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM qrtz_job_details WHERE job_name = 'send-reminders'"));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM qrtz_cron_triggers WHERE trigger_name = 'send-reminders-daily'"));
        // A clustered instance checks in, which is how the others notice when it dies and take over its work.
        Assert.Equal(ExpectClustered, await ScalarAsync("SELECT COUNT(*) FROM qrtz_scheduler_state") >= 1);
    }

    [Fact]
    public async Task FiringTheJob_RunsTodaysReminders_InUkTime()
    {
        var today = SendRemindersJob.UkToday(app.Time);
        var owner = await ReminderWorld.AddUserAsync(app, Web.Domain.People.Roles.ImprovementAdviser, app.World.TenantAId);
        await ReminderWorld.AddTaskAsync(app, app.World.SettingA1Id, "contact", "Ring the setting", Web.Domain.People.Roles.ImprovementAdviser, today.AddDays(1), (owner.Id, "The owner"));
        var scheduler = await app.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(SendRemindersJob.Key);

        var message = await app.Smtp.WaitForMessageToAsync(owner.Email, TimeSpan.FromSeconds(30));
        Assert.Contains("Ring the setting for Acorn Day Nursery is due tomorrow", message.TextBody, StringComparison.Ordinal);
    }

    private Task<long> ScalarAsync(string sql) => app.WithDbAsync(async (db, _) =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });
}

public sealed class ReminderSchedulingTestsOnSqlite(SqliteFixture app) : ReminderSchedulingTests<SqliteFixture>(app);

public sealed class ReminderSchedulingTestsOnPostgres(PostgresFixture app) : ReminderSchedulingTests<PostgresFixture>(app);
