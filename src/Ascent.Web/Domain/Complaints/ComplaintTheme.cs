using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Complaints;

/// One of the LA's short list of themes ("Communication", "Visits and appointments") a manager picks when answering,
/// so the quarterly report can count what people raise. Removing one leaves the answers that named it as they are.
public sealed class ComplaintTheme : ILocalAuthorityOnly
{
    public const int NameMaxLength = 80;

    private ComplaintTheme()
    {
        Name = "";
    }

    public ComplaintTheme(int tenantId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        FreeText.Within(name.Trim(), NameMaxLength);
        TenantId = tenantId;
        Name = name.Trim();
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string Name { get; private set; }
}
