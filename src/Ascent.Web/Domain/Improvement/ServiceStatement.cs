using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Improvement;

/// What an Australian service's Quality Improvement Plan says about the service beyond its register entry: the
/// statement of philosophy the National Regulations require (r55) and the details ACECQA's QIP template asks for
/// (nominated supervisor, postal address, operating hours, how children are grouped, who prepares the plan).
public sealed class ServiceStatement : ISettingOwned
{
    private ServiceStatement()
    {
    }

    public ServiceStatement(int tenantId, int settingId)
    {
        TenantId = tenantId;
        SettingId = settingId;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public string? Philosophy { get; private set; }

    public string? NominatedSupervisor { get; private set; }

    public string? PostalAddress { get; private set; }

    public string? OperatingHours { get; private set; }

    public string? ChildGrouping { get; private set; }

    public string? PreparedBy { get; private set; }

    public string? UpdatedBy { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public void Record(string? philosophy, string? nominatedSupervisor, string? postalAddress, string? operatingHours, string? childGrouping, string? preparedBy, string by, DateTimeOffset at)
    {
        Philosophy = FreeText.Trimmed(philosophy);
        NominatedSupervisor = FreeText.Trimmed(nominatedSupervisor);
        PostalAddress = FreeText.Trimmed(postalAddress);
        OperatingHours = FreeText.Trimmed(operatingHours);
        ChildGrouping = FreeText.Trimmed(childGrouping);
        PreparedBy = FreeText.Trimmed(preparedBy);
        UpdatedBy = by;
        UpdatedAt = at;
        Version++;
    }
}
