using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Instruments;

/// One version of an instrument an LA uploaded (its own wording of an audit, a new checklist, a revised scale), kept
/// as the file itself. Rows are never changed: the newest upload of a code is what new audits start on, and an audit
/// keeps the version it started with. Shared with the LA's settings, which record with the same versions.
public sealed class InstrumentUpload : ISharedWithSettings
{
    public const int CodeMaxLength = InstrumentLoader.CodeMaxLength;
    public const int NameMaxLength = InstrumentLoader.NameMaxLength;
    public const int UploadedByMaxLength = 200;

    /// The largest file an LA may upload: a long questionnaire with guidance is a few tens of kilobytes.
    public const int YamlMaxBytes = 512 * 1024;

    private InstrumentUpload()
    {
        Code = "";
        Version = "";
        Name = "";
        Yaml = "";
        UploadedBy = "";
    }

    /// Only a definition that loaded (InstrumentLoader) is stored, so the code, version and name come from it.
    public InstrumentUpload(int tenantId, InstrumentDefinition definition, string yaml, string uploadedBy, DateTimeOffset uploadedAt)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(yaml);
        ArgumentException.ThrowIfNullOrWhiteSpace(uploadedBy);
        TenantId = tenantId;
        Code = definition.Code;
        Version = definition.Version;
        Name = definition.Name;
        Yaml = yaml;
        UploadedBy = uploadedBy.Length > UploadedByMaxLength ? uploadedBy[..UploadedByMaxLength] : uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string Code { get; private set; }

    public string Version { get; private set; }

    public string Name { get; private set; }

    public string Yaml { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
