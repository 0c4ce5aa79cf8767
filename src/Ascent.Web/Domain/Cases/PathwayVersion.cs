using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Cases;

/// One version of a pathway definition as an LA runs it. Rows are never changed: a new upload is a new version,
/// and each case keeps the version it started on.
public sealed class PathwayVersion : ITenantOwned, ILocalAuthorityOnly
{
    private PathwayVersion()
    {
        Code = "";
        Name = "";
        Yaml = "";
        UploadedBy = "";
    }

    public PathwayVersion(int tenantId, string code, string name, int number, string yaml, string uploadedBy, DateTimeOffset uploadedAt)
    {
        TenantId = tenantId;
        Code = code;
        Name = name;
        Number = number;
        Yaml = yaml;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public int Number { get; private set; }

    public string Yaml { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
