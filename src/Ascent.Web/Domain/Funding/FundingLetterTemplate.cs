using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Funding;

/// An LA's own Word template for funding letters, replacing the one Ascent ships. One per LA; a new upload replaces it.
public sealed class FundingLetterTemplate : ITenantOwned, ILocalAuthorityOnly
{
    private FundingLetterTemplate()
    {
        FileName = "";
        Data = [];
        UploadedBy = "";
    }

    public FundingLetterTemplate(int tenantId, string fileName, byte[] data, string uploadedBy, DateTimeOffset at)
    {
        TenantId = tenantId;
        FileName = "";
        Data = [];
        UploadedBy = "";
        Replace(fileName, data, uploadedBy, at);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string FileName { get; private set; }

    // Named Data so that the audit trail records "(redacted)" rather than the whole document.
    public byte[] Data { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public void Replace(string fileName, byte[] data, string uploadedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(data);
        FileName = fileName;
        Data = data;
        UploadedBy = uploadedBy;
        UploadedAt = at;
    }
}
