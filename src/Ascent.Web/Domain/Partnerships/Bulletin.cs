namespace Ascent.Web.Domain.Partnerships;

/// Who a bulletin is for: every setting of the LA, or those of one provider type, sector, locality grouping,
/// partnership or standing (as the settings list filters them).
public enum BulletinAudience
{
    AllSettings,
    ProviderType,
    Sector,
    Locality,
    Partnership,
    Standing,
}

/// A bulletin the LA writes to its settings (docs/partnerships.md, "Bulletins"): a title, a short summary and a body
/// of plain paragraphs (links written as full https addresses), and who it is for. A draft is the LA's own, edited
/// and deleted freely; sending it is once, and records a row per setting reached, so the settings' staff find it in
/// their archive and the LA sees which settings opened it in Ascent. The LA's row: a setting's staff see only sent
/// bulletins their setting received (AppDbContext.Filters).
public sealed class Bulletin
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 500;
    public const int BodyMaxLength = 20000;
    public const int AudienceValueMaxLength = 300;
    public const int ByMaxLength = 200;

    private readonly List<BulletinRecipient> recipients = [];

    private Bulletin()
    {
        Title = "";
        Summary = "";
        Body = "";
        AudienceName = "";
        WrittenBy = "";
    }

    public Bulletin(int tenantId, BulletinText text, BulletinTarget target, string writtenBy, DateTimeOffset writtenAt)
        : this()
    {
        TenantId = tenantId;
        WrittenBy = writtenBy;
        WrittenAt = writtenAt;
        Apply(text, target);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    public string Body { get; private set; }

    public BulletinAudience Audience { get; private set; }

    /// The type, sector, locality or standing code chosen; null for all settings and for a partnership.
    public string? AudienceValue { get; private set; }

    public int? PartnershipId { get; private set; }

    /// The audience in words, as chosen ("Partnership: Northfield EYFS network (its settings and partners)").
    public string AudienceName { get; private set; }

    public string WrittenBy { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    public string? SentBy { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// How many people the e-mail went to when it was sent.
    public int PeopleReached { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<BulletinRecipient> Recipients => recipients;

    public bool IsSent => SentAt is not null;

    /// Changes a draft's words or audience. Returns false when nothing would change; a sent bulletin is not changed.
    public bool Edit(BulletinText text, BulletinTarget target)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(target);
        EnsureDraft("changed");
        if (Title == text.Title.Trim() && Summary == text.Summary.Trim() && Body == text.Body.Trim() && Audience == target.Audience
            && AudienceValue == target.Value && PartnershipId == target.PartnershipId && AudienceName == target.Name)
            return false;
        Apply(text, target);
        Version++;
        return true;
    }

    /// Sends the bulletin to the settings its audience reaches now, once. At least one setting.
    public void Send(IReadOnlyCollection<(int SettingId, string Name)> settings, int people, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(settings);
        EnsureDraft("sent again");
        if (settings.Count == 0)
            throw new InvalidOperationException("The bulletin reaches no setting: choose another audience.");
        foreach (var (settingId, name) in settings.DistinctBy(s => s.SettingId))
            recipients.Add(new BulletinRecipient(this, settingId, name));
        PeopleReached = people;
        SentBy = by;
        SentAt = at;
        Version++;
    }

    /// A draft is deleted; a sent bulletin stays, as its recipients received it.
    public void EnsureDeletable() => EnsureDraft("deleted");

    private void EnsureDraft(string what)
    {
        if (IsSent)
            throw new InvalidOperationException($"\"{Title}\" was sent on {SentAt:d MMMM yyyy} and cannot be {what}.");
    }

    private void Apply(BulletinText text, BulletinTarget target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(text.Summary);
        ArgumentException.ThrowIfNullOrWhiteSpace(text.Body);
        FreeText.Within(text.Title.Trim(), TitleMaxLength);
        FreeText.Within(text.Summary.Trim(), SummaryMaxLength);
        FreeText.Within(text.Body.Trim(), BodyMaxLength);
        FreeText.Within(target.Value, AudienceValueMaxLength);
        if ((target.Audience == BulletinAudience.Partnership) != (target.PartnershipId is not null))
            throw new ArgumentException("A partnership audience names its partnership, and only it does.", nameof(target));
        if ((target.Audience is BulletinAudience.AllSettings or BulletinAudience.Partnership) != (target.Value is null))
            throw new ArgumentException("A type, sector, locality or standing audience names its value, and only it does.", nameof(target));
        Title = text.Title.Trim();
        Summary = text.Summary.Trim();
        Body = text.Body.Trim();
        Audience = target.Audience;
        AudienceValue = target.Value;
        PartnershipId = target.PartnershipId;
        AudienceName = target.Name.Length <= AudienceValueMaxLength ? target.Name : target.Name[..AudienceValueMaxLength];
    }
}

/// A bulletin's words.
public sealed record BulletinText(string Title, string Summary, string Body);

/// Who a bulletin is for: the kind, its value (a type, sector, locality or standing code) or partnership, and its name
/// in words.
public sealed record BulletinTarget(BulletinAudience Audience, string? Value, int? PartnershipId, string Name)
{
    public static BulletinTarget All { get; } = new(BulletinAudience.AllSettings, null, null, "All settings");
}

/// A setting a sent bulletin reached. Its staff see the bulletin through this row.
public sealed class BulletinRecipient
{
    private BulletinRecipient()
    {
        Name = "";
    }

    internal BulletinRecipient(Bulletin bulletin, int settingId, string name)
    {
        Bulletin = bulletin;
        TenantId = bulletin.TenantId;
        SettingId = settingId;
        Name = name.Length <= Bulletin.AudienceValueMaxLength ? name : name[..Bulletin.AudienceValueMaxLength];
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int BulletinId { get; private set; }

    public Bulletin Bulletin { get; private set; } = null!;

    public int SettingId { get; private set; }

    /// The setting's name when the bulletin was sent.
    public string Name { get; private set; }
}

/// Someone of a recipient setting opened the bulletin's page in Ascent: the first time, by whom and when. Nothing
/// else about reading is recorded (docs/partnerships.md, "What is tracked").
public sealed class BulletinOpening
{
    private BulletinOpening()
    {
        Name = "";
    }

    public BulletinOpening(int tenantId, int bulletinId, int settingId, Guid userId, string name, DateTimeOffset openedAt)
    {
        TenantId = tenantId;
        BulletinId = bulletinId;
        SettingId = settingId;
        UserId = userId;
        Name = name.Length <= Bulletin.ByMaxLength ? name : name[..Bulletin.ByMaxLength];
        OpenedAt = openedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int BulletinId { get; private set; }

    public int SettingId { get; private set; }

    public Guid UserId { get; private set; }

    /// The person's name when they opened it.
    public string Name { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }
}
