namespace Ascent.Web.Domain.Settings;

/// Someone to contact at a setting: the owner or nominated person, the manager, a chain's area quality manager.
/// Kept by the LA and the setting, never by an import; notes of visit and invitations are sent to them.
public sealed class SettingContact : Tenancy.ISettingOwned
{
    public static IReadOnlyList<string> Roles { get; } =
        ["Owner or nominated person", "Manager", "Deputy manager", "Area quality manager", "Chair of trustees or governors", "Other"];

    private SettingContact()
    {
        Role = "";
        Name = "";
    }

    public SettingContact(Setting setting, string role, string name)
    {
        ArgumentNullException.ThrowIfNull(setting);
        Setting = setting;
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        Role = "";
        Name = "";
        Change(role, name, null, null);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public Setting? Setting { get; private set; }

    public string Role { get; private set; }

    public string Name { get; private set; }

    public string? Email { get; private set; }

    public string? Telephone { get; private set; }

    /// Optimistic concurrency: two people editing the same contact cannot silently overwrite each other.
    public int Version { get; private set; }

    public void Change(string role, string name, string? email, string? telephone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Role = role.Trim();
        Name = name.Trim();
        Email = FreeText.Trimmed(email);
        Telephone = FreeText.Trimmed(telephone);
        Version++;
    }
}
