using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Settings;

/// An early years setting on the register: a nursery, pre-school, childminder or school nursery class
/// ("service" in Australia). Identified by the regulator's reference (an Ofsted URN such as EY471602).
public sealed class Setting : ITenantOwned
{
    private Setting()
    {
        Reference = "";
        Name = "";
        ProviderType = "";
    }

    public Setting(int tenantId, string reference, string name, string providerType, DateOnly? registeredOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        TenantId = tenantId;
        Reference = reference.Trim();
        Name = name.Trim();
        ProviderType = providerType;
        RegisteredOn = registeredOn;
        Status = SettingStatus.Active;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string Reference { get; private set; }

    public string Name { get; private set; }

    public string ProviderType { get; private set; }

    public string? Sector { get; set; }

    public SettingStatus Status { get; private set; }

    public DateOnly? RegisteredOn { get; private set; }

    public int? Places { get; set; }

    public string? AddressLine1 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? LocalAuthorityName { get; set; }

    public string? Region { get; set; }

    public List<Inspection> Inspections { get; } = [];

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public void ChangeStatus(SettingStatus status) => Status = status;
}

public enum SettingStatus
{
    Active = 1,
    Resigned = 2,
    Cancelled = 3,
    Suspended = 4,
}
