using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Notifications;

/// A message for one person, shown on their notifications page and, when EmailPending, also sent to them by e-mail
/// in the next summary (the reminder run queues it in the e-mail outbox).
public sealed class Notification : ITenantOwned
{
    private Notification()
    {
        Text = "";
    }

    public Notification(int tenantId, Guid userId, string text, string? link, DateTimeOffset at, bool email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        TenantId = tenantId;
        UserId = userId;
        Text = text.Trim();
        Link = link;
        CreatedAt = at;
        EmailPending = email;
    }

    public long Id { get; private set; }

    public int TenantId { get; private set; }

    public Guid UserId { get; private set; }

    public string Text { get; private set; }

    /// A path within Ascent ("/cases/12"), never an absolute address.
    public string? Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// Waiting to go out in an e-mail summary.
    public bool EmailPending { get; private set; }

    public DateTimeOffset? EmailedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsRead => ReadAt is not null;

    public void MarkRead(DateTimeOffset at)
    {
        if (ReadAt is not null)
            return;
        ReadAt = at;
        Version++;
    }

    /// Taken by one run for its e-mail; the version check makes a second run that read the same row fail to take it.
    public void TakeForEmail()
    {
        if (!EmailPending)
            throw new InvalidOperationException("This notification is not waiting for an e-mail.");
        EmailPending = false;
        Version++;
    }

    public void MarkEmailed(DateTimeOffset at)
    {
        EmailedAt = at;
        Version++;
    }
}
