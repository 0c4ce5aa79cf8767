using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Notifications;

/// The record that a reminder about one task went out. Unique on (task, kind, date), and written in the same
/// transaction as the reminder's notifications, so a reminder is sent once however many runs overlap.
public sealed class SentReminder : ITenantOwned, ILocalAuthorityOnly
{
    private SentReminder()
    {
        Kind = "";
    }

    public SentReminder(int tenantId, int taskId, string kind, DateOnly onDate, int recipientCount, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        TenantId = tenantId;
        TaskId = taskId;
        Kind = kind;
        OnDate = onDate;
        RecipientCount = recipientCount;
        SentAt = at;
    }

    public long Id { get; private set; }

    public int TenantId { get; private set; }

    public int TaskId { get; private set; }

    /// One of ReminderKinds.
    public string Kind { get; private set; }

    /// The day this reminder is for (see ReminderSchedule): with the task and kind, what makes it unique.
    public DateOnly OnDate { get; private set; }

    public int RecipientCount { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}
