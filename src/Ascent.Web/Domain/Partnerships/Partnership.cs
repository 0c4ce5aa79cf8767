using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Partnerships;

/// A partnership of settings and partners in one LA (a locality partnership, an EYFS network, a cluster): its kind,
/// terms of reference, objectives, who leads it, and its members. The LA's staff see all of their LA's; a setting's
/// staff see only the partnerships their setting belongs to (AppDbContext.Filters).
public sealed class Partnership : ITenantOwned
{
    public const int NameMaxLength = 200;
    public const int TermsMaxLength = 8000;
    public const int ObjectivesMaxLength = 4000;
    public const int ByMaxLength = 200;

    private readonly List<PartnershipMember> members = [];

    private Partnership()
    {
        Name = "";
        TermsOfReference = "";
        Objectives = "";
        CreatedBy = "";
    }

    public Partnership(int tenantId, int kindId, string name, string? locality, string createdBy, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        FreeText.Within(name.Trim(), NameMaxLength);
        TenantId = tenantId;
        KindId = kindId;
        Name = name.Trim();
        Locality = FreeText.Trimmed(locality);
        TermsOfReference = "";
        Objectives = "";
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int KindId { get; private set; }

    public PartnershipKind Kind { get; private set; } = null!;

    public string Name { get; private set; }

    /// The register's locality grouping (Setting.LocalityPartnership) this partnership was made from: settings given
    /// that grouping later join it. Null for a partnership made from nothing.
    public string? Locality { get; private set; }

    public string TermsOfReference { get; private set; }

    /// One objective a line (transition; quality improvement and setting evaluation; data sharing; …).
    public string Objectives { get; private set; }

    /// The LA officer who leads it, if one does (members may lead too: MemberRole.Lead).
    public Guid? LeadUserId { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// Closed partnerships keep their members, meetings and history, and take no new ones.
    public DateOnly? ClosedOn { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<PartnershipMember> Members => members;

    public IEnumerable<PartnershipMember> CurrentMembers => members.Where(m => m.IsCurrent);

    public IReadOnlyList<string> ObjectiveList =>
        Objectives.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// Changes what the partnership is for and who leads it. Returns false when nothing would change.
    public bool Describe(string name, string? termsOfReference, IEnumerable<string> objectives, Guid? leadUserId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(objectives);
        var lines = string.Join('\n', objectives.Select(o => o.Trim()).Where(o => o.Length > 0));
        var terms = termsOfReference?.Trim() ?? "";
        FreeText.Within(name.Trim(), NameMaxLength);
        FreeText.Within(terms, TermsMaxLength);
        FreeText.Within(lines, ObjectivesMaxLength);
        if (Name == name.Trim() && TermsOfReference == terms && Objectives == lines && LeadUserId == leadUserId)
            return false;
        Name = name.Trim();
        TermsOfReference = terms;
        Objectives = lines;
        LeadUserId = leadUserId;
        Version++;
        return true;
    }

    /// Whether the setting is a member now.
    public bool HasSetting(int settingId) => CurrentMembers.Any(m => m.SettingId == settingId);

    /// Whether a partner of this name (any case) is a member now.
    public bool HasPartner(string name) => CurrentMembers.Any(m => !m.IsSetting && string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// Adds a setting of the LA (the caller has found it through the LA's own register).
    public PartnershipMember AddSetting(int settingId, string settingName, MemberRole role, MemberContact contact, DateOnly today)
    {
        EnsureOpen();
        if (HasSetting(settingId))
            throw new InvalidOperationException($"{settingName} is already a member of {Name}.");
        var member = new PartnershipMember(this, settingId, null, settingName, role, contact, today);
        members.Add(member);
        Version++;
        return member;
    }

    /// Adds a partner who is not a setting (a school, a health visiting team), with its named contact.
    public PartnershipMember AddPartner(string name, PartnerType type, MemberRole role, MemberContact contact, DateOnly today)
    {
        EnsureOpen();
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        FreeText.Within(name.Trim(), PartnershipMember.NameMaxLength);
        if (HasPartner(name))
            throw new InvalidOperationException($"{name.Trim()} is already a member of {Name}.");
        var member = new PartnershipMember(this, null, type, name, role, contact, today);
        members.Add(member);
        Version++;
        return member;
    }

    /// Changes a current member's role or contact. Returns false when nothing would change.
    public bool ChangeMember(int memberId, MemberRole role, MemberContact contact)
    {
        var member = CurrentMember(memberId);
        if (!member.Change(role, contact))
            return false;
        Version++;
        return true;
    }

    /// A member leaves: they stay on past meetings, and are no longer invited.
    public void RemoveMember(int memberId, DateOnly today)
    {
        CurrentMember(memberId).Leave(today);
        Version++;
    }

    public void Close(DateOnly today)
    {
        EnsureOpen();
        ClosedOn = today;
        Version++;
    }

    private PartnershipMember CurrentMember(int memberId) =>
        CurrentMembers.FirstOrDefault(m => m.Id == memberId)
        ?? throw new InvalidOperationException("That member is not a current member of this partnership.");

    private void EnsureOpen()
    {
        if (ClosedOn is not null)
            throw new InvalidOperationException($"{Name} was closed on {ClosedOn:d MMMM yyyy} and takes no new members.");
    }
}
