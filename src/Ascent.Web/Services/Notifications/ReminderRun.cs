using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Services.Notifications;

/// One day's reminders: tasks due tomorrow and overdue tasks to their owners, missed allocation deadlines to the
/// Senior Improvement Advisers. Quartz only decides when this runs (SendRemindersJob); what it does depends on the
/// date it is given alone, so tests call it directly. Must run as the system (it reads every tenant).
///
/// Two steps, each safe when runs overlap (two instances, or a retry):
/// 1. Each reminder is claimed by inserting its SentReminder (unique on task, kind, date) in the same transaction
///    as its in-app notifications. A second run's insert fails on the unique index and that run skips it.
/// 2. Each person's notifications waiting for an e-mail are marked e-mailed and their summary put in the e-mail
///    outbox, in one transaction with an optimistic version check on the notifications: a second run that read the
///    same ones fails to take them. So each summary enters the outbox exactly once, and the outbox delivers it,
///    retrying while the mail server is unreachable (OutboxDelivery).
public sealed class ReminderRun(AppDbContext db, TimeProvider time, Outbox outbox, IOptions<AscentOptions> options, ILogger<ReminderRun> logger)
{
    public async Task<ReminderRunResult> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        if (!db.CurrentUser.IsSystem)
            throw new InvalidOperationException("Reminders run as the system.");
        var reminders = 0;
        foreach (var due in await DueRemindersAsync(today, cancellationToken))
        {
            if (await ClaimAsync(due, cancellationToken))
                reminders++;
        }

        var emails = await SendPendingEmailsAsync(cancellationToken);
        return new ReminderRunResult(reminders, emails);
    }

    private async Task<List<DueReminder>> DueRemindersAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var tomorrow = today.AddDays(1);
        var tasks = await db.CaseTasks.AsNoTracking()
            .Where(t => t.State == CaseTaskState.Open && t.Case!.Status == CaseStatus.Open && t.DueOn <= tomorrow)
            .Select(t => new ReminderTask(t.Id, t.TenantId, t.CaseId, t.Kind, t.Title, t.OwnerRole, t.OwnerId, t.DueOn, t.Case!.Setting!.Name))
            .ToListAsync(cancellationToken);
        var due = new List<DueReminder>();
        foreach (var task in tasks)
        {
            if (ReminderSchedule.ReminderFor(task.Kind, task.DueOn, today) is { } reminder)
                due.Add(new DueReminder(task, reminder.Kind, reminder.OnDate));
        }

        if (due.Count == 0)
            return due;
        var taskIds = due.Select(d => d.Task.Id).Distinct().ToList();
        var sent = (await db.SentReminders.AsNoTracking().Where(r => taskIds.Contains(r.TaskId))
            .Select(r => new { r.TaskId, r.Kind, r.OnDate }).ToListAsync(cancellationToken))
            .Select(r => (r.TaskId, r.Kind, r.OnDate)).ToHashSet();
        return [.. due.Where(d => !sent.Contains((d.Task.Id, d.Kind, d.OnDate))).OrderBy(d => d.Task.Id)];
    }

    private async Task<bool> ClaimAsync(DueReminder due, CancellationToken cancellationToken)
    {
        var recipients = await RecipientsAsync(due, cancellationToken);
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        db.SentReminders.Add(new SentReminder(due.Task.TenantId, due.Task.Id, due.Kind, due.OnDate, recipients.Count, now));
        foreach (var userId in recipients)
            db.Notifications.Add(new Notification(due.Task.TenantId, userId, NotificationText(due), CaseLink(due.Task.CaseId), now, email: true));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (recipients.Count == 0)
                logger.LogWarning("Nobody to remind about task {TaskId} ({Kind}): no active holder of {Role}", due.Task.Id, due.Kind, due.Task.OwnerRole);
            return true;
        }
        catch (DbUpdateException e)
        {
            // Most likely another run inserted this reminder first (unique task, kind, date) and sends it; either way
            // this attempt is rolled back whole, and the next run tries again if nobody committed it.
            logger.LogWarning(e, "Reminder {Kind} for task {TaskId} on {Date} was not sent here", due.Kind, due.Task.Id, due.OnDate);
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// The owner once someone is allocated (unless they have since been deactivated); otherwise everyone active in the
    /// task's LA with its role. A missed
    /// allocation deadline goes to the LA's Senior Improvement Advisers, whose job allocating is.
    private async Task<List<Guid>> RecipientsAsync(DueReminder due, CancellationToken cancellationToken)
    {
        var task = due.Task;
        if (due.Kind != ReminderKinds.AllocationMissed && task.OwnerId is { } ownerId)
        {
            var active = await db.Users.AnyAsync(u => u.Id == ownerId && u.IsActive && u.TenantId == task.TenantId, cancellationToken);
            if (active)
                return [ownerId];
        }

        var role = due.Kind == ReminderKinds.AllocationMissed ? Roles.SeniorImprovementAdviser : task.OwnerRole;
        return await db.ActiveUsersInRoles(role).Where(u => u.TenantId == task.TenantId && u.SettingId == null)
            .OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    private async Task<int> SendPendingEmailsAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var userIds = await db.Notifications.Where(n => n.EmailPending).Select(n => n.UserId).Distinct().ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var userId in userIds)
        {
            if (await SendSummaryAsync(userId, cancellationToken))
                sent++;
        }

        return sent;
    }

    private async Task<bool> SendSummaryAsync(Guid userId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName, u.IsActive, u.TenantId }).SingleAsync(cancellationToken);
        var notifications = await db.Notifications.Where(n => n.UserId == userId && n.EmailPending).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        if (notifications.Count == 0)
            return false; // another run took them since this one looked
        // Someone deactivated (or with no address) gets no e-mail; the notifications stay on their page all the same.
        var send = user.IsActive && !string.IsNullOrEmpty(user.Email);
        var at = time.GetUtcNow();
        foreach (var notification in notifications)
        {
            notification.TakeForEmail();
            if (send)
                notification.MarkEmailed(at);
        }

        if (send)
            outbox.Add(user.TenantId, user.Email!, user.DisplayName, Subject(notifications.Count), Body(user.DisplayName, notifications));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run took (some of) these first, and queued their e-mail.
            db.ChangeTracker.Clear();
            return false;
        }

        return send;
    }

    private static string NotificationText(DueReminder due) => due.Kind switch
    {
        ReminderKinds.DueTomorrow => $"{due.Task.Title} for {due.Task.SettingName} is due tomorrow, {Format.Date(due.Task.DueOn)}.",
        ReminderKinds.AllocationMissed => $"The deadline to allocate an adviser for {due.Task.SettingName} ({due.Task.Title}) was {Format.Date(due.Task.DueOn)}.",
        _ => $"{due.Task.Title} for {due.Task.SettingName} is overdue: it was due on {Format.Date(due.Task.DueOn)}.",
    };

    private static string CaseLink(int caseId) => $"/cases/{caseId}";

    // A summary holds every notification waiting for an e-mail: tasks due or overdue, and quality-mark reviews opening,
    // so it speaks of neither alone.
    private static string Subject(int count) =>
        count == 1 ? "Ascent: 1 thing needs your attention" : $"Ascent: {count} things need your attention";

    private string Body(string name, IEnumerable<Notification> notifications)
    {
        var text = new StringBuilder();
        text.Append("Dear ").Append(name).AppendLine(",").AppendLine();
        text.AppendLine("These need your attention in Ascent:").AppendLine();
        foreach (var notification in notifications)
        {
            text.Append("- ").AppendLine(notification.Text);
            if (notification.Link is not null)
                text.Append("  ").AppendLine(Absolute(notification.Link));
        }

        text.AppendLine().AppendLine("You can see all your notifications at " + Absolute("/notifications"));
        return text.ToString();
    }

    // Runs outside any request, so only the configured public address can make a link absolute.
    private string Absolute(string path) =>
        string.IsNullOrEmpty(options.Value.PublicBaseUrl) ? path : options.Value.PublicBaseUrl.TrimEnd('/') + path;

    private sealed record ReminderTask(int Id, int TenantId, int CaseId, string Kind, string Title, string OwnerRole, Guid? OwnerId, DateOnly DueOn, string SettingName);

    private sealed record DueReminder(ReminderTask Task, string Kind, DateOnly OnDate);
}

public sealed record ReminderRunResult(int Reminders, int Emails);
