using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Visits;

/// A file the setting attaches to its preparation (its improvement plan, its self-evaluation), or the adviser to the
/// visit. Kept in the database so tenancy and backup cover it like everything else.
public sealed class VisitDocument : ISettingOwned
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private VisitDocument()
    {
        FileName = "";
        ContentType = "";
        Content = [];
        UploadedBy = "";
    }

    public VisitDocument(Visit visit, string fileName, string contentType, byte[] content, string uploadedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(visit);
        TenantId = visit.TenantId;
        SettingId = visit.SettingId;
        Visit = visit;
        FileName = Path.GetFileName(fileName);
        ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType;
        Content = content;
        UploadedBy = uploadedBy;
        UploadedAt = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int VisitId { get; private set; }

    public Visit? Visit { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
