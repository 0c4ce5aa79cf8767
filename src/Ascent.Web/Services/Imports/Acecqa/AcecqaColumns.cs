using System.Text;

namespace Ascent.Web.Services.Imports.Acecqa;

internal enum AcecqaField
{
    ServiceApprovalNumber,
    ProviderApprovalNumber,
    ServiceName,
    ProviderLegalName,
    ServiceType,
    ServiceAddress,
    Suburb,
    State,
    Postcode,
    NumberOfApprovedPlaces,
    ServiceApprovalGrantedDate,
    TemporarilyClosed,

    OverallRating,
    QualityArea1Rating,
    QualityArea2Rating,
    QualityArea3Rating,
    QualityArea4Rating,
    QualityArea5Rating,
    QualityArea6Rating,
    QualityArea7Rating,
    RatingsIssued,

    PreviousOverallRating,
    PreviousQualityArea1Rating,
    PreviousQualityArea2Rating,
    PreviousQualityArea3Rating,
    PreviousQualityArea4Rating,
    PreviousQualityArea5Rating,
    PreviousQualityArea6Rating,
    PreviousQualityArea7Rating,
    PreviousRatingsIssued,
}

/// Where each field is in one file's header row. The register's export mixes styles ("ServiceApprovalNumber" beside
/// "Provider Approval Number"), and spreadsheets re-save headers in their own way, so columns are matched by name
/// with case, spaces and punctuation ignored. The other columns of the 98 (care-type flags, opening hours, contact
/// details, conditions on approval) have no place in a RegisterRecord and are ignored.
/// See shared/domain/frameworks.md, "Australia: ACECQA National Quality Standard".
internal sealed class AcecqaColumns
{
    private static readonly (AcecqaField Field, string[] Names)[] Known =
    [
        (AcecqaField.ServiceApprovalNumber, ["ServiceApprovalNumber"]),
        (AcecqaField.ProviderApprovalNumber, ["Provider Approval Number"]),
        (AcecqaField.ServiceName, ["ServiceName"]),
        (AcecqaField.ProviderLegalName, ["ProviderLegalName"]),
        (AcecqaField.ServiceType, ["ServiceType"]),
        (AcecqaField.ServiceAddress, ["ServiceAddress"]),
        (AcecqaField.Suburb, ["Suburb"]),
        (AcecqaField.State, ["State"]),
        (AcecqaField.Postcode, ["Postcode"]),
        (AcecqaField.NumberOfApprovedPlaces, ["NumberOfApprovedPlaces"]),
        (AcecqaField.ServiceApprovalGrantedDate, ["ServiceApprovalGrantedDate"]),
        (AcecqaField.TemporarilyClosed, ["Temporarily Closed"]),

        (AcecqaField.OverallRating, ["OverallRating"]),
        (AcecqaField.QualityArea1Rating, ["QualityArea1Rating"]),
        (AcecqaField.QualityArea2Rating, ["QualityArea2Rating"]),
        (AcecqaField.QualityArea3Rating, ["QualityArea3Rating"]),
        (AcecqaField.QualityArea4Rating, ["QualityArea4Rating"]),
        (AcecqaField.QualityArea5Rating, ["QualityArea5Rating"]),
        (AcecqaField.QualityArea6Rating, ["QualityArea6Rating"]),
        (AcecqaField.QualityArea7Rating, ["QualityArea7Rating"]),
        (AcecqaField.RatingsIssued, ["RatingsIssued"]),

        (AcecqaField.PreviousOverallRating, ["PreviousOverallRating"]),
        (AcecqaField.PreviousQualityArea1Rating, ["PreviousQualityArea1Rating"]),
        (AcecqaField.PreviousQualityArea2Rating, ["PreviousQualityArea2Rating"]),
        (AcecqaField.PreviousQualityArea3Rating, ["PreviousQualityArea3Rating"]),
        (AcecqaField.PreviousQualityArea4Rating, ["PreviousQualityArea4Rating"]),
        (AcecqaField.PreviousQualityArea5Rating, ["PreviousQualityArea5Rating"]),
        (AcecqaField.PreviousQualityArea6Rating, ["PreviousQualityArea6Rating"]),
        (AcecqaField.PreviousQualityArea7Rating, ["PreviousQualityArea7Rating"]),
        (AcecqaField.PreviousRatingsIssued, ["PreviousRatingsIssued"]),
    ];

    private static readonly AcecqaField[] Required = [AcecqaField.ServiceApprovalNumber, AcecqaField.ServiceName, AcecqaField.ServiceType];

    /// Either column identifies the approved provider, whose services make up one tenant (see AcecqaRowMapper).
    private static readonly AcecqaField[] ProviderKey = [AcecqaField.ProviderLegalName, AcecqaField.ProviderApprovalNumber];

    /// A rating is only kept with the month it was issued: rating columns without their date column would be lost silently.
    private static readonly (AcecqaField Date, AcecqaField[] Ratings)[] Rounds =
    [
        (AcecqaField.RatingsIssued, [AcecqaField.OverallRating, .. RatingFields(AcecqaField.QualityArea1Rating)]),
        (AcecqaField.PreviousRatingsIssued, [AcecqaField.PreviousOverallRating, .. RatingFields(AcecqaField.PreviousQualityArea1Rating)]),
    ];

    private static readonly Dictionary<string, AcecqaField> FieldsByKey = Known
        .SelectMany(known => known.Names.Select(name => (Key: Key(name), known.Field)))
        .ToDictionary(pair => pair.Key, pair => pair.Field);

    private static readonly int FieldCount = Enum.GetValues<AcecqaField>().Length;

    private static readonly string ServiceApprovalNumberKey = Key("ServiceApprovalNumber");

    private readonly int[] indexes;
    private readonly string[] header;

    private AcecqaColumns(int[] indexes, string[] header)
    {
        this.indexes = indexes;
        this.header = header;
    }

    /// The number of cells in the header row.
    public int Count => header.Length;

    /// The cell index of a field, or -1 when the file has no such column.
    public int this[AcecqaField field] => indexes[(int)field];

    /// The column's name as the file spells it, for error messages (the usual name when the file has no such column).
    public string Name(AcecqaField field) =>
        indexes[(int)field] is var index and >= 0 ? header[index] : UsualName(field);

    public static bool IsHeaderRow(IReadOnlyList<string> cells) => cells.Any(cell => Key(cell) == ServiceApprovalNumberKey);

    public static AcecqaColumns FromHeaderRow(IReadOnlyList<string> cells, int lineNumber)
    {
        var indexes = Enumerable.Repeat(-1, FieldCount).ToArray();
        var header = new string[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            header[i] = cells[i].Trim();
            // The first of two columns with the same name wins; unknown columns are ignored.
            if (FieldsByKey.TryGetValue(Key(header[i]), out var field) && indexes[(int)field] < 0)
                indexes[(int)field] = i;
        }

        var missing = Required.Where(field => indexes[(int)field] < 0).Select(field => $"'{UsualName(field)}'").ToList();
        if (ProviderKey.All(field => indexes[(int)field] < 0))
            missing.Add(string.Join(" or ", ProviderKey.Select(field => $"'{UsualName(field)}'")));
        if (missing.Count > 0)
            throw new AcecqaFileException($"The header row (line {lineNumber}) is missing required columns: {string.Join(", ", missing)}", lineNumber);

        foreach (var (date, ratings) in Rounds)
        {
            if (indexes[(int)date] >= 0)
                continue;
            var rated = ratings.Select(rating => indexes[(int)rating]).Where(index => index >= 0).Order().Select(index => header[index]).ToList();
            if (rated.Count > 0)
            {
                throw new AcecqaFileException(
                    $"The header row (line {lineNumber}) has '{rated[0]}' but no '{UsualName(date)}' column: ratings cannot be kept without the month they were issued",
                    lineNumber);
            }
        }

        return new AcecqaColumns(indexes, header);
    }

    /// The seven quality area rating fields that start at QualityArea1Rating or PreviousQualityArea1Rating.
    public static AcecqaField[] RatingFields(AcecqaField qualityArea1) => [.. Enumerable.Range(0, 7).Select(i => qualityArea1 + i)];

    private static string UsualName(AcecqaField field) => Known.First(known => known.Field == field).Names[0];

    /// A header name without case, spaces or punctuation: "Service Approval Number" and "ServiceApprovalNumber" match.
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
