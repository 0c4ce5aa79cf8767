using System.Security.Cryptography;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.People;

/// An invitation e-mailed to a new member of staff. Only a hash of its token is stored; the link carries the token.
public sealed class Invitation : ITenantOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    // The limits of what the inviter types, checked by the form (People/Invite) and used for the columns.
    public const int EmailMaxLength = 256;

    public const int DisplayNameMaxLength = 200;

    private Invitation()
    {
        Email = "";
        DisplayName = "";
        RolesCsv = "";
        TokenHash = "";
    }

    private Invitation(string email, string displayName, int tenantId, int? settingId, IReadOnlyCollection<string> roles, Guid invitedById, DateTimeOffset now, string tokenHash)
    {
        Email = email.Trim();
        DisplayName = displayName.Trim();
        TenantId = tenantId;
        SettingId = settingId;
        RolesCsv = string.Join(',', roles);
        InvitedById = invitedById;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
        TokenHash = tokenHash;
    }

    public int Id { get; private set; }

    public string Email { get; private set; }

    public string DisplayName { get; private set; }

    public int TenantId { get; private set; }

    public int? SettingId { get; private set; }

    public string RolesCsv { get; private set; }

    public Guid InvitedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string TokenHash { get; private set; }

    public IReadOnlyList<string> Roles => RolesCsv.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static (Invitation Invitation, string Token) Create(string email, string displayName, int tenantId, int? settingId, IReadOnlyCollection<string> roles, Guid invitedById, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        if (roles.Count == 0)
            throw new ArgumentException("An invitation needs at least one role.", nameof(roles));
        var wrongRole = roles.FirstOrDefault(r => settingId is null ? !People.Roles.IsLocalAuthorityRole(r) : !People.Roles.IsSettingRole(r));
        if (wrongRole is not null)
            throw new ArgumentException($"The role '{wrongRole}' cannot be given to this kind of user.", nameof(roles));
        var token = SecretToken.New();
        return (new Invitation(email, displayName, tenantId, settingId, roles, invitedById, now, HashToken(token)), token);
    }

    public static string HashToken(string token) => SecretToken.Hash(token);

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : CancelledAt is not null ? InvitationState.Cancelled
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;

    public void Accept(DateTimeOffset now)
    {
        if (StateAt(now) != InvitationState.Pending)
            throw new InvalidOperationException($"This invitation is {StateAt(now).ToString().ToLowerInvariant()}.");
        AcceptedAt = now;
    }

    public void Cancel(DateTimeOffset now)
    {
        if (StateAt(now) != InvitationState.Pending)
            throw new InvalidOperationException($"This invitation is {StateAt(now).ToString().ToLowerInvariant()}.");
        CancelledAt = now;
    }
}

public enum InvitationState
{
    Pending,
    Accepted,
    Cancelled,
    Expired,
}
