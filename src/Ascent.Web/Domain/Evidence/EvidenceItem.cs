using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Evidence;

/// One piece of a setting's evidence (an audit, a parent survey, photos of a display, a link to a policy), held once
/// and used for as many self-evaluation areas and plan goals as it supports. It is dated by when it was gathered,
/// because evidence older than a year no longer shows how the setting is now.
public sealed class EvidenceItem : ISettingOwned
{
    public const int MaxFileBytes = 10 * 1024 * 1024;

    // The limits of what people type, checked by the form and used for the columns (ImprovementConfigurations).
    public const int TitleMaxLength = 200;

    public const int DescriptionMaxLength = 2000;

    public const int LinkMaxLength = 1000;

    private EvidenceItem()
    {
        Title = "";
        AddedBy = "";
    }

    public EvidenceItem(int tenantId, int settingId, string addedBy, DateTimeOffset addedAt)
    {
        TenantId = tenantId;
        SettingId = settingId;
        AddedBy = addedBy;
        AddedAt = addedAt;
        Title = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    /// An http or https address where the evidence is kept (a shared drive, a website).
    public string? Link { get; private set; }

    /// The day the evidence was gathered or dated, not the day it was put in Ascent.
    public DateOnly GatheredOn { get; private set; }

    public string? FileName { get; private set; }

    public string? ContentType { get; private set; }

    public long? FileSize { get; private set; }

    /// The file itself, in its own row so lists of evidence never read it.
    public EvidenceFile? File { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public List<EvidenceUse> Uses { get; } = [];

    public int Version { get; private set; }

    /// Older than twelve months on the day asked: still listed, but flagged so a setting looks for newer evidence.
    public bool IsStale(DateOnly today) => GatheredOn < today.AddMonths(-12);

    public static bool IsStale(DateOnly gatheredOn, DateOnly today) => gatheredOn < today.AddMonths(-12);

    public void Describe(string title, string? description, string? link, DateOnly gatheredOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (FreeText.Trimmed(link) is { } address && !IsWebAddress(address))
            throw new ArgumentException("A link must be a web address starting http:// or https://.", nameof(link));
        Title = title.Trim();
        Description = FreeText.Trimmed(description);
        Link = FreeText.Trimmed(link);
        GatheredOn = gatheredOn;
        Version++;
    }

    public void Attach(string fileName, string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        FileName = Path.GetFileName(fileName);
        ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType;
        FileSize = content.Length;
        if (File is null)
            File = new EvidenceFile(this, content);
        else
            File.Replace(content);
        Version++;
    }

    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
