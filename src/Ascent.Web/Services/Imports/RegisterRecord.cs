namespace Ascent.Web.Services.Imports;

/// One setting as a regulator's file describes it, whatever the regulator: the Ofsted and ACECQA readers
/// both produce these, and RegisterImporter compares them with what Ascent holds.
public sealed record RegisterRecord
{
    public required string Regulator { get; init; }

    public required string Reference { get; init; }

    public required string LocalAuthority { get; init; }

    public required string ProviderType { get; init; }

    public string? Name { get; init; }

    public DateOnly? RegisteredOn { get; init; }

    public string? ProviderSubtype { get; init; }

    public string? ProviderStatus { get; init; }

    public string? RegisterCombination { get; init; }

    public bool? EarlyYearsRegister { get; init; }

    public bool? CompulsoryChildcareRegister { get; init; }

    public bool? VoluntaryChildcareRegister { get; init; }

    public string? RegisteredPersonReference { get; init; }

    public string? RegisteredPersonName { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? AddressLine3 { get; init; }

    public string? Town { get; init; }

    public string? Postcode { get; init; }

    public string? Telephone { get; init; }

    public string? ParliamentaryConstituency { get; init; }

    public string? Region { get; init; }

    public string? OfstedRegion { get; init; }

    public string? DeprivationBand { get; init; }

    public string? Sector { get; init; }

    public int? Places { get; init; }

    public int? PlacesIncludingEstimates { get; init; }

    public IReadOnlyList<RegisterInspection> Inspections { get; init; } = [];

    /// Where the row came from, so a row the register cannot hold is reported with its file and line.
    public RejectedRow? Origin { get; init; }

    /// A digest of every field above, so an unchanged row is recognised without comparing field by field.
    public string Hash() => RegisterHash.Of(this);
}

public sealed record RegisterInspection(
    string FrameworkCode,
    string? Number,
    DateOnly Date,
    string InspectionType,
    string? OverallGrade,
    IReadOnlyDictionary<string, string> Grades)
{
    /// Inspections are matched by number when the regulator gives one, otherwise by framework and date.
    public string Key => Number is { Length: > 0 } ? "#" + Number : $"{FrameworkCode}@{Date:yyyy-MM-dd}";
}
