using Microsoft.AspNetCore.Identity;

namespace Ascent.Web.Domain.People;

/// A person who signs in. Belongs to one tenant (LA staff), or to one setting of a tenant (setting staff),
/// or to none (system administrators). Never deleted: deactivated, so their name stays on what they wrote.
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        DisplayName = "";
    }

    public AppUser(string email, string displayName, int? tenantId, int? settingId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        if (settingId is not null && tenantId is null)
            throw new ArgumentException("A setting user must belong to the setting's tenant.", nameof(tenantId));
        Id = Guid.NewGuid();
        Email = email.Trim();
        UserName = Email;
        DisplayName = displayName.Trim();
        TenantId = tenantId;
        SettingId = settingId;
        IsActive = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string DisplayName { get; private set; }

    public int? TenantId { get; private set; }

    public int? SettingId { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset? DeactivatedAt { get; private set; }

    /// Demo users exist only in demo mode and may skip the two-factor requirement so a new user can try Ascent at once.
    public bool IsDemo { get; private set; }

    public void Rename(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        DisplayName = displayName.Trim();
    }

    public void MarkAsDemo() => IsDemo = true;

    public void Deactivate(DateTimeOffset at)
    {
        if (!IsActive)
            return;
        IsActive = false;
        DeactivatedAt = at;
        // A new stamp ends every open session at the next revalidation.
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public void Reactivate()
    {
        IsActive = true;
        DeactivatedAt = null;
    }
}
