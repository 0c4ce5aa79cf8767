namespace Ascent.Web.Domain.Partnerships;

/// A member's part in a partnership.
public enum MemberRole
{
    Member,

    /// Leads the partnership: chairs its meetings and moderates its questions.
    Lead,

    /// Hosts its meetings (in person, the venue).
    Host,
}

/// What a partner who is not a setting is.
public enum PartnerType
{
    School,
    HealthVisiting,
    SocialCare,
    Library,
    ChildrensCentre,
    Other,
}

/// One member of a partnership: a setting of the LA, or a partner who is not a setting (a school, a health visiting
/// team), each with a named contact. A partner has no account unless invited; its contact's details are personal data,
/// seen only by the partnership's members and the LA (AppDbContext.Filters). A member who leaves keeps their row, with
/// the day they left, so past meetings and attendance still name them.
public sealed class PartnershipMember
{
    public const int NameMaxLength = 300;
    public const int ContactMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 40;

    private PartnershipMember()
    {
        Name = "";
    }

    internal PartnershipMember(Partnership partnership, int? settingId, PartnerType? partnerType, string name, MemberRole role, MemberContact contact, DateOnly joinedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if ((settingId is null) == (partnerType is null))
            throw new ArgumentException("A member is a setting or a partner of a type.", nameof(settingId));
        FreeText.Within(contact.Name, ContactMaxLength);
        FreeText.Within(contact.Role, ContactMaxLength);
        FreeText.Within(contact.Email, EmailMaxLength);
        FreeText.Within(contact.Phone, PhoneMaxLength);
        Partnership = partnership;
        TenantId = partnership.TenantId;
        SettingId = settingId;
        PartnerType = partnerType;
        // A setting's name may be as long as the register allows; a partner's is checked by its form.
        Name = name.Trim().Length <= NameMaxLength ? name.Trim() : name.Trim()[..NameMaxLength];
        Role = role;
        ContactName = FreeText.Trimmed(contact.Name);
        ContactRole = FreeText.Trimmed(contact.Role);
        ContactEmail = FreeText.Trimmed(contact.Email);
        ContactPhone = FreeText.Trimmed(contact.Phone);
        JoinedOn = joinedOn;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int PartnershipId { get; private set; }

    public Partnership Partnership { get; private set; } = null!;

    /// The setting, or null for a partner who is not a setting.
    public int? SettingId { get; private set; }

    /// What the partner is, or null for a setting.
    public PartnerType? PartnerType { get; private set; }

    /// The setting's name when it joined, or the partner's name.
    public string Name { get; private set; }

    public MemberRole Role { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactRole { get; private set; }

    public string? ContactEmail { get; private set; }

    public string? ContactPhone { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public bool IsSetting => SettingId is not null;

    public bool IsCurrent => LeftOn is null;

    internal bool Change(MemberRole role, MemberContact contact)
    {
        FreeText.Within(contact.Name, ContactMaxLength);
        FreeText.Within(contact.Role, ContactMaxLength);
        FreeText.Within(contact.Email, EmailMaxLength);
        FreeText.Within(contact.Phone, PhoneMaxLength);
        var same = Role == role && ContactName == FreeText.Trimmed(contact.Name) && ContactRole == FreeText.Trimmed(contact.Role)
            && ContactEmail == FreeText.Trimmed(contact.Email) && ContactPhone == FreeText.Trimmed(contact.Phone);
        if (same)
            return false;
        Role = role;
        ContactName = FreeText.Trimmed(contact.Name);
        ContactRole = FreeText.Trimmed(contact.Role);
        ContactEmail = FreeText.Trimmed(contact.Email);
        ContactPhone = FreeText.Trimmed(contact.Phone);
        return true;
    }

    internal void Leave(DateOnly today) => LeftOn = today;
}

/// A member's named contact: who to write to, and their part (head teacher, health visiting team lead).
public sealed record MemberContact(string? Name, string? Role, string? Email, string? Phone)
{
    public static MemberContact None { get; } = new(null, null, null, null);
}
