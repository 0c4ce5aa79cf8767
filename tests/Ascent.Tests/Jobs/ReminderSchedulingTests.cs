using System.Data.Common;
using System.Text.RegularExpressions;
using Ascent.Tests.Services.Notifications;
using Ascent.Tests.Support;
using Ascent.Web.Data.Migrations;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ascent.Tests.Jobs;

public abstract class ReminderSchedulingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(30);

    private bool ExpectClustered => app is PostgresFixture;

    /// The tables Quartz's database store reads and writes for Ascent's daily reminders: without one of them the
    /// scheduler does not start and no reminder is sent.
    private static readonly string[] TablesTheRemindersUse =
        ["QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_FIRED_TRIGGERS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS"];

    [Fact]
    public async Task TheMigrations_CreateQuartzsTables()
    {
        var script = app is PostgresFixture ? QuartzSchema.Postgres : QuartzSchema.Sqlite;
        var declared = QuartzSchema.Statements(script)
            .Select(statement => Regex.Match(statement, @"^CREATE TABLE (?:IF NOT EXISTS )?(\w+)", RegexOptions.IgnoreCase))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value.ToUpperInvariant())
            .Order(StringComparer.Ordinal);

        var tables = (await TableNamesAsync()).Where(t => t.StartsWith(QuartzSchema.TablePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.Superset(TablesTheRemindersUse.ToHashSet(), tables.ToHashSet());
        Assert.Equal(declared, tables);
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
    public async Task TheRunAfterStartUp_IsDueAFewMinutesFromNowByTheRealClock_WhateverTheAppsClockSays()
    {
        var scheduler = await app.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var key = new TriggerKey("send-reminders-after-start-up", "ascent");
        var deadline = TimeProvider.System.GetUtcNow() + StartWait;
        ITrigger? trigger;
        while ((trigger = await scheduler.GetTrigger(key)) is null && TimeProvider.System.GetUtcNow() < deadline)
            await Task.Delay(100);

        // The fixture's clock is fixed in November 2026; Quartz fires by the real one. A start taken from the app's
        // clock would be long past, and the run would start at once.
        Assert.NotNull(trigger);
        var now = TimeProvider.System.GetUtcNow();
        Assert.InRange(trigger.StartTimeUtc, now - JobScheduling.AfterStartUp, now + JobScheduling.AfterStartUp);
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

    private Task<List<string>> TableNamesAsync() => app.WithDbAsync(async (db, _) =>
    {
        var sql = app is PostgresFixture
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var names = new List<string>();
            while (await reader.ReadAsync())
                names.Add(reader.GetString(0).ToUpperInvariant());
            return names;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });

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

public sealed class ReminderSchedulingTestsOnSqlite(ScheduledSqliteFixture app) : ReminderSchedulingTests<ScheduledSqliteFixture>(app);

public sealed class ReminderSchedulingTestsOnPostgres(ScheduledPostgresFixture app) : ReminderSchedulingTests<ScheduledPostgresFixture>(app);

/// Ascent as deployed: its reminders scheduled by Quartz (every other fixture fires them itself).
public sealed class ScheduledSqliteFixture : SqliteFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["Ascent:ScheduleReminders"] = "true";
}

public sealed class ScheduledPostgresFixture : PostgresFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["Ascent:ScheduleReminders"] = "true";
}
