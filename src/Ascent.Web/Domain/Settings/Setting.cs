using Ascent.Web.Domain.Frameworks;
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

    /// "Ofsted" or "ACECQA": whose register the reference belongs to.
    public string Regulator { get; set; } = "Ofsted";

    public string? ProviderSubtype { get; set; }

    /// Ofsted's register combination: ALL, EYR only, EYR-CCR, …
    public string? RegisterCombination { get; set; }

    public bool? EarlyYearsRegister { get; set; }

    public bool? CompulsoryChildcareRegister { get; set; }

    public bool? VoluntaryChildcareRegister { get; set; }

    /// The registered person or provider organisation; settings in a chain share it.
    public string? RegisteredPersonReference { get; set; }

    public string? RegisteredPersonName { get; set; }

    public string? AddressLine2 { get; set; }

    public string? AddressLine3 { get; set; }

    public string? Telephone { get; set; }

    public string? ParliamentaryConstituency { get; set; }

    public string? OfstedRegion { get; set; }

    public string? DeprivationBand { get; set; }

    public int? PlacesIncludingEstimates { get; set; }

    /// The LA's own groupings, kept by the LA and never overwritten by an import.
    public string? District { get; set; }

    public string? Ward { get; set; }

    public string? LocalityPartnership { get; set; }

    /// Optimistic concurrency for what people edit (the groupings): a stale form is refused, not saved over a
    /// colleague's change. Imports leave it alone.
    public int Version { get; private set; }

    /// When the regulator's register stopped listing the setting.
    public DateOnly? LeftRegisterOn { get; private set; }

    /// A hash of the regulator's row as last imported, so an unchanged row costs a comparison, not a rewrite.
    public string? SourceHash { get; set; }

    /// The latest inspection, denormalised so lists can filter and sort on it without a subquery.
    public string? LatestFrameworkCode { get; private set; }

    public DateOnly? LatestInspectionDate { get; private set; }

    public string? LatestOverallGrade { get; private set; }

    /// How the setting is doing (a Standing's code), kept with the latest inspection so that counts and filters are
    /// plain SQL. From the latest graded inspection; a setting only ever inspected for compliance (no children on
    /// roll, Childcare Register) stands by its latest compliance outcome.
    public string StandingCode { get; private set; } = Standing.NotYetInspectedCode;

    public List<Inspection> Inspections { get; } = [];

    public List<EnforcementEvent> EnforcementEvents { get; } = [];

    public List<SettingContact> Contacts { get; } = [];

    public void ChangeGroupings(string? district, string? ward, string? localityPartnership)
    {
        District = FreeText.Trimmed(district);
        Ward = FreeText.Trimmed(ward);
        LocalityPartnership = FreeText.Trimmed(localityPartnership);
        Version++;
    }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public void ChangeStatus(SettingStatus status) => Status = status;

    public void LeaveRegister(DateOnly on)
    {
        LeftRegisterOn ??= on;
        if (Status == SettingStatus.Active)
            Status = SettingStatus.Resigned;
    }

    public void Rejoin()
    {
        LeftRegisterOn = null;
        Status = SettingStatus.Active;
    }

    /// Keeps the Latest* summary and the standing in step with the inspection history (loaded with its grades).
    public void RefreshLatestInspection(FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        var latest = Latest(Inspections.Where(i => i.CountsAsLatest));
        LatestFrameworkCode = latest?.FrameworkCode;
        LatestInspectionDate = latest?.Date;
        LatestOverallGrade = latest?.OverallGrade;
        var standingFrom = latest ?? Latest(Inspections);
        StandingCode = standingFrom is null
            ? Standing.NotYetInspectedCode
            : frameworks.StandingOf(standingFrom.FrameworkCode, standingFrom.OverallGrade,
                standingFrom.Grades.Select(g => KeyValuePair.Create(g.AreaCode, g.GradeCode))).Code;
    }

    private static Inspection? Latest(IEnumerable<Inspection> inspections) =>
        inspections.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).FirstOrDefault();
}

public enum SettingStatus
{
    Active = 1,
    Resigned = 2,
    Cancelled = 3,
    Suspended = 4,
}
