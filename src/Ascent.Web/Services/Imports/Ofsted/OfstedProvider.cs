namespace Ascent.Web.Services.Imports.Ofsted;

/// A provider as Ofsted publishes it. Fields Ofsted redacts (childminders' names and addresses) are null, never "REDACTED".
public sealed record OfstedProvider(
    string Urn,
    DateOnly? RegistrationDate,
    string ProviderType,
    string? ProviderSubtype,
    string? ProviderStatus,
    string? RegisterCombination,
    bool? EarlyYearsRegister,
    bool? CompulsoryChildcareRegister,
    bool? VoluntaryChildcareRegister,
    string? RegisteredPersonUrn,
    string? RegisteredPersonName,
    string? Name,
    string? AddressLine1,
    string? AddressLine2,
    string? AddressLine3,
    string? Town,
    string? Postcode,
    string? Telephone,
    string? ParliamentaryConstituency,
    string LocalAuthority,
    string? Region,
    string? OfstedRegion,
    string? DeprivationBand,
    int? Places,
    int? PlacesIncludingEstimates,
    IReadOnlyList<OfstedInspection> Inspections)
{
    /// `CCR requirements suitability` at the latest full inspection, as an outcome code (met, not-met-with-actions, not-met-enforcement).
    public string? CcrRequirementsSuitability { get; init; }

    /// `VCR requirements suitability` at the latest full inspection, as an outcome code.
    public string? VcrRequirementsSuitability { get; init; }
}
