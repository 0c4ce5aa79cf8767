namespace Ascent.Web.Domain.Email;

/// One e-mail waiting to go, or gone. Written in the same transaction as the change that produced it (a visit
/// planned, a note issued), so a rolled-back change sends nothing and a committed one is never lost; a background
/// worker delivers it, retrying with back-off.
public sealed class OutboxMessage : Tenancy.ILocalAuthorityOnly
{
    private OutboxMessage()
    {
        Subject = "";
        Recipients = "";
        Content = [];
    }

    public OutboxMessage(int? tenantId, string subject, string recipients, byte[] content, DateTimeOffset at, bool confidential = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        TenantId = tenantId;
        Subject = subject.Length > 300 ? subject[..300] : subject;
        Recipients = recipients.Length > 2000 ? recipients[..2000] : recipients;
        Content = content;
        CreatedAt = at;
        NextAttemptAt = at;
        Confidential = confidential;
        Status = OutboxStatus.Pending;
    }

    public long Id { get; private set; }

    /// The LA whose work produced the message; null for messages about accounts with no LA (system administrators).
    public int? TenantId { get; private set; }

    public string Subject { get; private set; }

    /// The addresses, for administrators reading the outbox (the message itself holds them too).
    public string Recipients { get; private set; }

    /// The whole MIME message as it will be sent, attachments included.
    public byte[] Content { get; private set; }

    /// Carries a secret meant for its recipient alone (a password-reset or invitation link): administrators see
    /// that it went and to whom, never its content, or they could use the link themselves.
    public bool Confidential { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public int Version { get; private set; }

    public bool IsDueAt(DateTimeOffset now) => Status == OutboxStatus.Pending && NextAttemptAt <= now;

    /// Taken by one delivery worker for an attempt. The version check makes a second worker that read the same row
    /// fail to take it; nobody else tries it before the lease ends, when it is due again in case the worker died
    /// mid-attempt.
    public void Claim(DateTimeOffset leaseEndsAt)
    {
        if (Status != OutboxStatus.Pending)
            throw new InvalidOperationException("Only a pending message can be sent.");
        NextAttemptAt = leaseEndsAt;
        Version++;
    }

    public void MarkSent(DateTimeOffset at)
    {
        Status = OutboxStatus.Sent;
        SentAt = at;
        Attempts++;
        LastError = null;
        Version++;
    }

    /// A failed attempt: tried again after the given delay, or given up on after the last attempt.
    public void MarkFailed(string error, DateTimeOffset at, TimeSpan? retryAfter)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (retryAfter is { } delay)
            NextAttemptAt = at + delay;
        else
            Status = OutboxStatus.Failed;
        Version++;
    }

    /// An administrator asks for a failed message to be tried again now.
    public void Retry(DateTimeOffset at)
    {
        if (Status == OutboxStatus.Sent)
            throw new InvalidOperationException("This message has already been sent.");
        Status = OutboxStatus.Pending;
        NextAttemptAt = at;
        Version++;
    }
}

public enum OutboxStatus
{
    Pending = 1,
    Sent = 2,
    Failed = 3,
}
