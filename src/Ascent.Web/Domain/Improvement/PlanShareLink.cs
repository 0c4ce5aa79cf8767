using System.Buffers.Text;
using System.Security.Cryptography;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Improvement;

/// A read-only link to a setting's improvement plan and latest self-evaluation, for an inspector or an authorised
/// officer who has no account. It works for a few days only and the setting can revoke it. Only a SHA-256 hash of
/// the token is stored: the link itself is shown once, when it is made, like an API token.
public sealed class PlanShareLink : ISettingOwned
{
    public const int MinDays = 1;
    public const int MaxDays = 30;
    public const int DefaultDays = 7;
    public const int PurposeMaxLength = 200;

    private PlanShareLink()
    {
        Purpose = "";
        TokenHash = "";
        CreatedBy = "";
    }

    private PlanShareLink(Setting setting, string purpose, string tokenHash, string createdBy, DateTimeOffset now, int days)
    {
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        Purpose = purpose;
        TokenHash = tokenHash;
        CreatedBy = createdBy;
        CreatedAt = now;
        ExpiresAt = now.AddDays(days);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    /// What the link is for, in the setting's words: "Ofsted inspection 3 December".
    public string Purpose { get; private set; }

    public string TokenHash { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public int Version { get; private set; }

    public List<PlanShareAccess> Accesses { get; } = [];

    public static (PlanShareLink Link, string Token) Create(Setting setting, string purpose, int days, string createdBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        if (purpose.Trim().Length > PurposeMaxLength)
            throw new ArgumentException($"A link's purpose must be {PurposeMaxLength} characters or fewer.", nameof(purpose));
        if (days is < MinDays or > MaxDays)
            throw new ArgumentOutOfRangeException(nameof(days), days, $"A link lasts {MinDays} to {MaxDays} days.");
        var token = SecretToken.New();
        return (new PlanShareLink(setting, purpose.Trim(), HashToken(token), createdBy, now, days), token);
    }

    public static string HashToken(string token) => SecretToken.Hash(token);

    public ShareLinkState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? ShareLinkState.Revoked
        : now >= ExpiresAt ? ShareLinkState.Expired
        : ShareLinkState.Active;

    /// Revoking an expired link is allowed (it records that the setting meant it to stop); twice is not.
    public void Revoke(string by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (RevokedAt is not null)
            throw new InvalidOperationException("This link has already been revoked.");
        RevokedAt = now;
        RevokedBy = by;
        Version++;
    }
}

public enum ShareLinkState
{
    Active,
    Expired,
    Revoked,
}
