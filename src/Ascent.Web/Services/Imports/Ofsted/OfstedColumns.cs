using System.Text;

namespace Ascent.Web.Services.Imports.Ofsted;

internal enum OfstedField
{
    ProviderUrn,
    RegistrationDate,
    ProviderType,
    ProviderSubtype,
    ProviderStatus,
    RegisterCombination,
    EarlyYearsRegister,
    CompulsoryChildcareRegister,
    VoluntaryChildcareRegister,
    RegisteredPersonUrn,
    RegisteredPersonName,
    Name,
    AddressLine1,
    AddressLine2,
    AddressLine3,
    Town,
    Postcode,
    Telephone,
    ParliamentaryConstituency,
    LocalAuthority,
    Region,
    OfstedRegion,
    DeprivationBand,
    Places,
    PlacesIncludingEstimates,
    CcrRequirementsSuitability,
    VcrRequirementsSuitability,

    // The latest full (EIF/CIF) inspection: "Most recent full: …" in 2021, "EYR OEIF: Most recent: …" from 2025.
    FullNumber,
    FullDate,
    FullOverall,
    FullQualityOfEducation,
    FullBehaviourAndAttitudes,
    FullPersonalDevelopment,
    FullLeadershipAndManagement,
    FullSafeguarding,
    SecondNumber,
    SecondDate,
    SecondOverall,
    ThirdNumber,
    ThirdDate,
    ThirdOverall,

    // Renewed framework (2025–26 files).
    RenewedNumber,
    RenewedDate,
    RenewedVisitType,
    RenewedSafeguarding,
    RenewedInclusion,
    RenewedCurriculumAndTeaching,
    RenewedAchievement,
    RenewedBehaviourAttitudesAndRoutines,
    RenewedWelfareAndWellbeing,
    RenewedLeadershipAndGovernance,

    NcorNumber,
    NcorDate,
    NcorOutcome,
    CrNumber,
    CrDate,
    CrOutcome,
}

/// Where each field is in one file's header row. Ofsted renames and re-cases columns between releases
/// (`Postcode`/`Provider postcode`, `Registered_Person_Name`/`Registered person name`), so columns are
/// matched by name with case, spaces and punctuation ignored, and a field may have several names.
/// See shared/domain/frameworks.md, "Ofsted's data files".
internal sealed class OfstedColumns
{
    private const string Reif = "EYR REIF: Most recent: ";
    private const string Oeif = "EYR OEIF: Most recent: ";
    private const string OeifCif = "EYR OEIF/CIF: Most recent: ";

    private static readonly (OfstedField Field, string[] Names)[] Known =
    [
        (OfstedField.ProviderUrn, ["Provider URN"]),
        (OfstedField.RegistrationDate, ["Registration date", "Provider registration date"]),
        (OfstedField.ProviderType, ["Provider type"]),
        (OfstedField.ProviderSubtype, ["Provider subtype"]),
        (OfstedField.ProviderStatus, ["Provider status"]),
        (OfstedField.RegisterCombination, ["Individual Register combinations", "Register combinations"]),
        (OfstedField.EarlyYearsRegister, ["Provider Early Years Register Flag", "Early Years Register flag"]),
        (OfstedField.CompulsoryChildcareRegister, ["Provider Compulsory Childcare Register Flag", "Compulsory Childcare Register flag"]),
        (OfstedField.VoluntaryChildcareRegister, ["Provider Voluntary Childcare Register Flag", "Voluntary Childcare Register flag"]),
        (OfstedField.RegisteredPersonUrn, ["Registered person URN"]),
        (OfstedField.RegisteredPersonName, ["Registered person name"]),
        (OfstedField.Name, ["Provider name"]),
        (OfstedField.AddressLine1, ["Provider address line 1", "Address line 1"]),
        (OfstedField.AddressLine2, ["Provider address line 2", "Address line 2"]),
        (OfstedField.AddressLine3, ["Provider address line 3", "Address line 3"]),
        (OfstedField.Town, ["Provider town", "Town"]),
        (OfstedField.Postcode, ["Postcode", "Provider postcode"]),
        (OfstedField.Telephone, ["Telephone number", "Provider telephone number", "Telephone"]),
        (OfstedField.ParliamentaryConstituency, ["Parliamentary constituency", "Provider parliamentary constituency"]),
        (OfstedField.LocalAuthority, ["Local authority", "Provider local authority"]),
        (OfstedField.Region, ["Region", "Provider region"]),
        (OfstedField.OfstedRegion, ["Ofsted region"]),
        (OfstedField.DeprivationBand, ["Deprivation band"]),
        (OfstedField.Places, ["Places"]),
        (OfstedField.PlacesIncludingEstimates, ["Places including estimates"]),
        (OfstedField.CcrRequirementsSuitability, ["CCR requirements suitability"]),
        (OfstedField.VcrRequirementsSuitability, ["VCR requirements suitability"]),

        (OfstedField.FullNumber, ["Most recent full: Inspection number", Oeif + "Full inspection number", OeifCif + "Full inspection number"]),
        (OfstedField.FullDate, ["Most recent full: Inspection date", Oeif + "Full inspection date", OeifCif + "Full inspection date"]),
        (OfstedField.FullOverall, ["Most recent full: Overall effectiveness", OeifCif + "Overall effectiveness", Oeif + "Overall effectiveness"]),
        // In the 2021 file the key judgements have no prefix: they belong to the most recent full inspection.
        (OfstedField.FullQualityOfEducation, ["Quality of education", Oeif + "Quality of education"]),
        (OfstedField.FullBehaviourAndAttitudes, ["Behaviour and attitudes", Oeif + "Behaviour and attitudes"]),
        (OfstedField.FullPersonalDevelopment, ["Personal development", Oeif + "Personal development"]),
        (OfstedField.FullLeadershipAndManagement,
            ["Effectiveness of leadership and management", OeifCif + "Effectiveness of leadership and management", Oeif + "Effectiveness of leadership and management"]),
        (OfstedField.FullSafeguarding, ["Safeguarding is effective?", Oeif + "Safeguarding is effective?"]),
        (OfstedField.SecondNumber, ["Second most recent full: Inspection number"]),
        (OfstedField.SecondDate, ["Second most recent full: Inspection date"]),
        (OfstedField.SecondOverall, ["Second most recent full: Overall effectiveness"]),
        (OfstedField.ThirdNumber, ["Third most recent full: Inspection number"]),
        (OfstedField.ThirdDate, ["Third most recent full: Inspection date"]),
        (OfstedField.ThirdOverall, ["Third most recent full: Overall effectiveness"]),

        (OfstedField.RenewedNumber, [Reif + "Inspection number"]),
        (OfstedField.RenewedDate, [Reif + "Inspection date"]),
        (OfstedField.RenewedVisitType, [Reif + "Inspection visit type"]),
        (OfstedField.RenewedSafeguarding, [Reif + "Safeguarding standards met?"]),
        (OfstedField.RenewedInclusion, [Reif + "Inclusion"]),
        (OfstedField.RenewedCurriculumAndTeaching, [Reif + "Curriculum and teaching"]),
        (OfstedField.RenewedAchievement, [Reif + "Achievement"]),
        (OfstedField.RenewedBehaviourAttitudesAndRoutines, [Reif + "Behaviour, attitudes and establishing routines", Reif + "Behaviour, attitudes and routines"]),
        (OfstedField.RenewedWelfareAndWellbeing, [Reif + "Children's welfare and wellbeing"]),
        (OfstedField.RenewedLeadershipAndGovernance, [Reif + "Leadership and governance"]),

        (OfstedField.NcorNumber, ["NCOR: Inspection number", "EYR OEIF NCOR: Most recent: Inspection number"]),
        (OfstedField.NcorDate, ["NCOR: Inspection date", "EYR OEIF NCOR: Most recent: Inspection date"]),
        (OfstedField.NcorOutcome, ["NCOR: Overall effectiveness", "EYR OEIF NCOR: Most recent: Overall effectiveness"]),
        (OfstedField.CrNumber, ["CR: Inspection number", "CR: Most recent: Inspection number"]),
        (OfstedField.CrDate, ["CR: Inspection date", "CR: Most recent: Inspection date"]),
        (OfstedField.CrOutcome, ["CR: Overall effectiveness", "CR: Compliance"]),
    ];

    private static readonly OfstedField[] Required = [OfstedField.ProviderUrn, OfstedField.ProviderType, OfstedField.LocalAuthority];

    private static readonly Dictionary<string, OfstedField> FieldsByKey = Known
        .SelectMany(known => known.Names.Select(name => (Key: Key(name), known.Field)))
        .ToDictionary(pair => pair.Key, pair => pair.Field);

    private static readonly int FieldCount = Enum.GetValues<OfstedField>().Length;

    private static readonly string ProviderUrnKey = Key("Provider URN");

    private readonly int[] indexes;
    private readonly string[] header;

    private OfstedColumns(int[] indexes, string[] header)
    {
        this.indexes = indexes;
        this.header = header;
    }

    /// The number of cells in the header row.
    public int Count => header.Length;

    /// The cell index of a field, or -1 when the file has no such column.
    public int this[OfstedField field] => indexes[(int)field];

    /// The column's name as the file spells it, for error messages (the usual name when the file has no such column).
    public string Name(OfstedField field) =>
        indexes[(int)field] is var index and >= 0 ? header[index] : Known.First(known => known.Field == field).Names[0];

    public static bool IsHeaderRow(IReadOnlyList<string> cells) => cells.Any(cell => Key(cell) == ProviderUrnKey);

    public static OfstedColumns FromHeaderRow(IReadOnlyList<string> cells, int lineNumber)
    {
        var indexes = Enumerable.Repeat(-1, FieldCount).ToArray();
        var header = new string[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            header[i] = cells[i].Trim();
            // The first of two columns with the same name wins; unknown columns (such as "Web link") are ignored.
            if (FieldsByKey.TryGetValue(Key(header[i]), out var field) && indexes[(int)field] < 0)
                indexes[(int)field] = i;
        }

        var missing = Required.Where(field => indexes[(int)field] < 0).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(field => $"'{Known.First(known => known.Field == field).Names[0]}'"));
            throw new OfstedFileException($"The header row (line {lineNumber}) is missing required columns: {names}", lineNumber);
        }

        return new OfstedColumns(indexes, header);
    }

    /// A header name without case, spaces or punctuation: "Registered_Person_Name" and "Registered person name" match.
    private static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
                key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }
}
