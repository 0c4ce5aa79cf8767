using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Settings;

/// A room or group of a setting (the baby room, the pre-school room): what an environment rating observes and where
/// a Leuven screening's children are. Archived rooms keep their history but take no new audits or screenings.
public sealed class Room : ISettingOwned
{
    public const int NameMaxLength = 100;
    public const int AgeGroupMaxLength = 100;

    private Room()
    {
        Name = "";
        AgeGroup = "";
    }

    public Room(Setting setting, string name, string ageGroup)
    {
        ArgumentNullException.ThrowIfNull(setting);
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        Name = name.Trim();
        AgeGroup = ageGroup.Trim();
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public string Name { get; private set; }

    /// Free text the setting chooses: "0 to 2", "Pre-school (3 and 4)".
    public string AgeGroup { get; private set; }

    public bool Archived { get; private set; }

    public int Version { get; private set; }

    public void Rename(string name, string ageGroup)
    {
        Name = name.Trim();
        AgeGroup = ageGroup.Trim();
        Version++;
    }

    public void Archive(bool archived)
    {
        Archived = archived;
        Version++;
    }
}
