using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// One version of a quality-mark scheme an LA uploaded, kept as the file it uploaded. Rows are never changed: a new
/// upload is a new version, and each cohort keeps the code and version it opened on (Services/QualityMark/SchemeVersions finds
/// it again). The LA's settings read it too: their portfolio and application pages show what the scheme asks.
public sealed class SchemeVersion : ISharedWithSettings
{
    public const int FileNameMaxLength = 200;

    private SchemeVersion()
    {
        Code = "";
        Name = "";
        Version = "";
        FileName = "";
        Yaml = "";
        UploadedBy = "";
    }

    public SchemeVersion(int tenantId, SchemeDefinition definition, string yaml, string fileName, string uploadedBy, DateTimeOffset uploadedAt)
    {
        ArgumentNullException.ThrowIfNull(definition);
        TenantId = tenantId;
        Code = definition.Code;
        Name = definition.Name;
        Version = definition.Version;
        Yaml = yaml;
        FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    /// The scheme's code and version as the file gives them: unique in the LA, and what a cohort keeps.
    public string Code { get; private set; }

    public string Version { get; private set; }

    public string Name { get; private set; }

    public string FileName { get; private set; }

    public string Yaml { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
