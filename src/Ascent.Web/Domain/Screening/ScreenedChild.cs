using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Screening;

/// A child of a setting, known to Ascent by a code the setting chooses ("B07") and, if the setting wishes, a name.
/// Both are the setting's alone (ISettingPrivate): its local authority never sees a child's row, only the rounds'
/// aggregates. A child who leaves keeps their past scores but is not listed in new rounds.
public sealed class ScreenedChild : ISettingPrivate
{
    public const int CodeMaxLength = 10;
    public const int NameMaxLength = 100;

    private ScreenedChild()
    {
        Code = "";
    }

    public ScreenedChild(Room room, string code, string? name)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (room.Archived)
            throw new InvalidOperationException("An archived room takes no new children.");
        TenantId = room.TenantId;
        SettingId = room.SettingId;
        RoomId = room.Id;
        Code = ChildCodes.Normalise(code);
        if (!ChildCodes.IsValid(Code))
            throw new ArgumentException($"'{code}' is not a child's code.", nameof(code));
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (Name?.Length > NameMaxLength)
            throw new ArgumentException("The name is too long.", nameof(name));
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int RoomId { get; private set; }

    /// Unique within the setting, upper case: "B07".
    public string Code { get; private set; }

    public string? Name { get; private set; }

    /// The day the setting said the child left; null while the child attends.
    public DateOnly? LeftOn { get; private set; }

    public bool HasLeft => LeftOn is not null;

    public int Version { get; private set; }

    /// "B07 (Ava)" for the setting's own screens, or the code alone when the child has no name.
    public string Label => Name is null ? Code : $"{Code} ({Name})";

    public void MoveTo(Room room)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (room.SettingId != SettingId)
            throw new InvalidOperationException("A child moves only between the rooms of their own setting.");
        if (room.Archived)
            throw new InvalidOperationException("An archived room takes no children.");
        if (room.Id == RoomId)
            return;
        RoomId = room.Id;
        Version++;
    }

    public void Leave(DateOnly on)
    {
        if (LeftOn is not null)
            return;
        LeftOn = on;
        Version++;
    }

    public void Return()
    {
        if (LeftOn is null)
            return;
        LeftOn = null;
        Version++;
    }
}
