namespace Ascent.Web.Domain.People;

/// One signed-in browser. Its id travels in the auth cookie; revoking it signs that browser out at its next request.
public sealed class UserSession
{
    private UserSession()
    {
        UserAgent = "";
    }

    public UserSession(Guid userId, string? userAgent, string? ipAddress, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        UserAgent = (userAgent ?? "").Length > 300 ? userAgent![..300] : userAgent ?? "";
        IpAddress = ipAddress;
        CreatedAt = now;
        LastSeenAt = now;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string UserAgent { get; private set; }

    public string? IpAddress { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// Touching every request would write on every page view; a few minutes' precision is enough for "last seen".
    public bool Touch(DateTimeOffset now)
    {
        if (now - LastSeenAt < TimeSpan.FromMinutes(5))
            return false;
        LastSeenAt = now;
        return true;
    }
}
