using Ascent.Tests.Support;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Domain.People;
using Ascent.Web.Services.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Ascent.Tests.Services.Notifications;

/// Each test works in its own year, so a run in one test treats other tests' tasks as long overdue and reminds
/// their people, never this test's.
public abstract class ReminderRunTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(10);

    // The run queues e-mail in the outbox; its worker sends it straight away, and this waits until it has.
    private async Task<ReminderRunResult> RunAsync(DateOnly today)
    {
        var result = await app.WithDbAsync((_, services) => services.GetRequiredService<ReminderRun>().RunAsync(today));
        await app.WaitForOutboxAsync();
        return result;
    }

    private async Task<List<MimeMessage>> MessagesToAsync(string email) =>
        [.. (await app.Smtp.WaitForMessagesAsync(0, TimeSpan.Zero)).Where(m => SmtpTestServer.EnvelopeRecipients(m).Contains(email, StringComparer.OrdinalIgnoreCase))];

    private Task<List<Notification>> NotificationsOfAsync(Guid userId) =>
        app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync());

    [Fact]
    public async Task ATaskDueTomorrow_EmailsAndNotifiesItsOwnerOnce_HoweverOftenTheRunRuns()
    {
        var today = new DateOnly(2031, 3, 10);
        var owner = await ReminderWorld.AddUserAsync(app, Roles.ImprovementAdviser, app.World.TenantAId);
        var (caseId, taskId) = await ReminderWorld.AddTaskAsync(app, app.World.SettingA1Id, "contact", "Contact the setting", Roles.ImprovementAdviser, today.AddDays(1), (owner.Id, "The owner"));
        var holder = await ReminderWorld.AddUserAsync(app, Roles.ImprovementAdviser, app.World.TenantAId);

        await RunAsync(today);
        var message = await app.Smtp.WaitForMessageToAsync(owner.Email, MailWait);
        await RunAsync(today);
        await Task.WhenAll(RunAsync(today), RunAsync(today));

        Assert.Single(await MessagesToAsync(owner.Email));
        Assert.Contains("Contact the setting for Acorn Day Nursery is due tomorrow", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://localhost/cases/{caseId}", message.TextBody, StringComparison.Ordinal);
        var notification = Assert.Single(await NotificationsOfAsync(owner.Id));
        Assert.Equal($"/cases/{caseId}", notification.Link);
        Assert.NotNull(notification.EmailedAt);
        Assert.False(notification.EmailPending);
        // Allocated: the other holders of the role are not reminded.
        Assert.Empty(await MessagesToAsync(holder.Email));
        Assert.Empty(await NotificationsOfAsync(holder.Id));
        var sent = await app.WithDbAsync((db, _) => db.SentReminders.Where(r => r.TaskId == taskId).ToListAsync());
        Assert.Equal((ReminderKinds.DueTomorrow, today.AddDays(1)), (Assert.Single(sent).Kind, sent[0].OnDate));
    }

    [Fact]
    public async Task AnUnallocatedTask_RemindsEveryActiveHolderOfItsRoleInItsLocalAuthority_AndNobodyElse()
    {
        var today = new DateOnly(2032, 5, 3);
        var first = await ReminderWorld.AddUserAsync(app, Roles.QualityMarkEvaluator, app.World.TenantAId);
        var second = await ReminderWorld.AddUserAsync(app, Roles.QualityMarkEvaluator, app.World.TenantAId);
        var deactivated = await ReminderWorld.AddUserAsync(app, Roles.QualityMarkEvaluator, app.World.TenantAId, active: false);
        var otherRole = await ReminderWorld.AddUserAsync(app, Roles.ChildcareSufficiencyOfficer, app.World.TenantAId);
        var otherLa = await ReminderWorld.AddUserAsync(app, Roles.QualityMarkEvaluator, app.World.TenantBId);
        await ReminderWorld.AddTaskAsync(app, app.World.SettingA2Id, "task", "Evaluate the quality mark", Roles.QualityMarkEvaluator, today.AddDays(1));

        await RunAsync(today);
        await RunAsync(today);

        foreach (var holder in new[] { first, second })
        {
            var message = Assert.Single(await MessagesToAsync(holder.Email));
            Assert.Contains("Evaluate the quality mark for Bramble Pre-school is due tomorrow", message.TextBody, StringComparison.Ordinal);
            Assert.Single(await NotificationsOfAsync(holder.Id));
        }

        foreach (var nobody in new[] { deactivated, otherRole, otherLa })
        {
            Assert.Empty(await MessagesToAsync(nobody.Email));
            Assert.Empty(await NotificationsOfAsync(nobody.Id));
        }
    }

    [Fact]
    public async Task AMissedAllocationDeadline_NotifiesTheSeniorImprovementAdvisers_OnTheFirstDayAndThenWeekly()
    {
        var dueOn = new DateOnly(2033, 6, 1);
        var senior = await ReminderWorld.AddUserAsync(app, Roles.SeniorImprovementAdviser, app.World.TenantAId);
        var seniorElsewhere = await ReminderWorld.AddUserAsync(app, Roles.SeniorImprovementAdviser, app.World.TenantBId);
        var (caseId, taskId) = await ReminderWorld.AddTaskAsync(app, app.World.SettingA1Id, "allocation", "Allocate an Improvement Adviser", Roles.SeniorImprovementAdviser, dueOn);

        await RunAsync(dueOn); // due today: nothing yet
        Assert.Empty(await NotificationsOfAsync(senior.Id));
        await RunAsync(dueOn.AddDays(1));
        await RunAsync(dueOn.AddDays(2));
        await RunAsync(dueOn.AddDays(7));

        var message = Assert.Single(await MessagesToAsync(senior.Email));
        Assert.Contains("The deadline to allocate an adviser for Acorn Day Nursery", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/cases/{caseId}", message.TextBody, StringComparison.Ordinal);
        Assert.Single(await NotificationsOfAsync(senior.Id));
        Assert.Empty(await MessagesToAsync(seniorElsewhere.Email));

        await RunAsync(dueOn.AddDays(8)); // a week after the first reminder
        Assert.Equal(2, (await NotificationsOfAsync(senior.Id)).Count);
        Assert.Equal(2, (await MessagesToAsync(senior.Email)).Count);
        var sent = await app.WithDbAsync((db, _) => db.SentReminders.Where(r => r.TaskId == taskId).OrderBy(r => r.OnDate).ToListAsync());
        Assert.Equal([(ReminderKinds.AllocationMissed, dueOn.AddDays(1)), (ReminderKinds.AllocationMissed, dueOn.AddDays(8))], sent.Select(r => (r.Kind, r.OnDate)));
    }

    [Fact]
    public async Task OnePersonsDueAndOverdueTasks_ComeInOneEmail()
    {
        var today = new DateOnly(2034, 9, 12);
        var owner = await ReminderWorld.AddUserAsync(app, Roles.ImprovementAdviser, app.World.TenantAId);
        await ReminderWorld.AddTaskAsync(app, app.World.SettingA1Id, "contact", "Phone the manager", Roles.ImprovementAdviser, today.AddDays(1), (owner.Id, "The owner"));
        await ReminderWorld.AddTaskAsync(app, app.World.SettingA2Id, "visit", "Visit the setting", Roles.ImprovementAdviser, today.AddDays(-3), (owner.Id, "The owner"));

        await RunAsync(today);

        var message = Assert.Single(await MessagesToAsync(owner.Email));
        Assert.Equal("Ascent: 2 things need your attention", message.Subject);
        Assert.Contains("Phone the manager for Acorn Day Nursery is due tomorrow", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Visit the setting for Bramble Pre-school is overdue", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, (await NotificationsOfAsync(owner.Id)).Count);
    }

    [Fact]
    public async Task TwoRunsAtOnce_SendEachReminderOnce()
    {
        var today = new DateOnly(2035, 2, 20);
        var owner = await ReminderWorld.AddUserAsync(app, Roles.ImprovementAdviser, app.World.TenantAId);
        string[] titles = ["First task", "Second task", "Third task"];
        foreach (var title in titles)
            await ReminderWorld.AddTaskAsync(app, app.World.SettingA1Id, "task", title, Roles.ImprovementAdviser, today.AddDays(1), (owner.Id, "The owner"));

        // Two instances of Ascent: each reminder is claimed by one run, and each notification e-mailed by one.
        await Task.WhenAll(RunAsync(today), RunAsync(today), RunAsync(today));

        var bodies = (await MessagesToAsync(owner.Email)).Select(m => m.TextBody ?? "").ToList();
        Assert.InRange(bodies.Count, 1, titles.Length);
        foreach (var title in titles)
            Assert.Single(bodies.SelectMany(b => b.Split('\n')), line => line.Contains(title + " for Acorn Day Nursery is due tomorrow", StringComparison.Ordinal));
        Assert.Equal(titles.Length, (await NotificationsOfAsync(owner.Id)).Count);
    }
}

public sealed class ReminderRunTestsOnSqlite(SqliteFixture app) : ReminderRunTests<SqliteFixture>(app);

public sealed class ReminderRunTestsOnPostgres(PostgresFixture app) : ReminderRunTests<PostgresFixture>(app);
