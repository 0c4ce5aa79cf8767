using System.Globalization;
using System.Text.RegularExpressions;

namespace Ascent.Web.Services.Imports.Acecqa;

/// Turns one row of the national register into a RegisterRecord, or into an error that names every bad cell.
internal static partial class AcecqaRowMapper
{
    public const string Regulator = "ACECQA";
    public const string FrameworkCode = "acecqa-nqs-2018";
    public const string InspectionType = "Assessment and rating";
    public const string TemporarilyClosed = "Temporarily closed";

    private const string ExpectedRating =
        "Significant Improvement Required, Working Towards NQS, Meeting NQS, Exceeding NQS, Excellent or Provisional – Not Yet Assessed";

    [GeneratedRegex(@"^SE-[0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceApprovalNumberPattern();

    public static AcecqaRowResult Map(AcecqaSourceRow row, AcecqaColumns columns)
    {
        var cells = new RowCells(row.Cells, columns);

        var reference = cells.Required(AcecqaField.ServiceApprovalNumber)?.ToUpperInvariant();
        if (reference is not null && !ServiceApprovalNumberPattern().IsMatch(reference))
            cells.Fail($"Column '{cells.Name(AcecqaField.ServiceApprovalNumber)}': '{cells.Text(AcecqaField.ServiceApprovalNumber)}' is not a service approval number (expected SE- and 8 digits)");

        var name = cells.Required(AcecqaField.ServiceName);
        var serviceType = cells.Required(AcecqaField.ServiceType);
        var providerNumber = cells.Text(AcecqaField.ProviderApprovalNumber);
        var providerName = SingleSpaced(cells.Text(AcecqaField.ProviderLegalName));

        // Australian tenants are approved providers (and the sector bodies that support them), not local authorities:
        // the register has no local authority column, and an approved provider's organisation imports its own
        // services. So the approved provider is the grouping RegisterImporter calls "local authority": importing
        // for one tenant keeps that provider's services, and a system administrator importing for everyone gets one
        // tenant per approved provider. The legal name is what a person recognises; the approval number stands in
        // when the name is missing.
        var tenantKey = providerName ?? providerNumber;
        if (tenantKey is null)
            cells.Fail($"Columns '{cells.Name(AcecqaField.ProviderLegalName)}' and '{cells.Name(AcecqaField.ProviderApprovalNumber)}' are both empty: the service has no approved provider to import it under");

        var places = cells.Places(AcecqaField.NumberOfApprovedPlaces);
        var approved = cells.Date(AcecqaField.ServiceApprovalGrantedDate);
        var closed = cells.YesNo(AcecqaField.TemporarilyClosed);
        var current = Rating(cells, AcecqaField.OverallRating, AcecqaField.QualityArea1Rating, AcecqaField.RatingsIssued);
        var previous = Rating(cells, AcecqaField.PreviousOverallRating, AcecqaField.PreviousQualityArea1Rating, AcecqaField.PreviousRatingsIssued);

        if (cells.Error is { } error)
            return new AcecqaRowResult(row.LineNumber, null, error, row.RawLine);

        var record = new RegisterRecord
        {
            Regulator = Regulator,
            Reference = reference!,
            LocalAuthority = tenantKey!,
            ProviderType = serviceType!,
            Name = name,
            RegisteredOn = approved,
            ProviderStatus = closed == true ? TemporarilyClosed : null,
            RegisteredPersonReference = providerNumber,
            RegisteredPersonName = providerName,
            AddressLine1 = cells.Text(AcecqaField.ServiceAddress),
            Town = cells.Text(AcecqaField.Suburb),
            Region = cells.Text(AcecqaField.State),
            Postcode = cells.Text(AcecqaField.Postcode),
            Places = places,
            Inspections = Inspections(current, previous),
        };
        return new AcecqaRowResult(row.LineNumber, record, null, row.RawLine);
    }

    /// Newest first. Inspections without a number are matched by framework and date, so a previous rating issued in
    /// the same month as the current one would be the same inspection: the current one is kept.
    private static List<RegisterInspection> Inspections(RegisterInspection? current, RegisterInspection? previous)
    {
        List<RegisterInspection> found = [];
        if (current is not null)
            found.Add(current);
        if (previous is not null && previous.Date != current?.Date)
            found.Add(previous);
        return found.Count > 1 ? [.. found.OrderByDescending(inspection => inspection.Date)] : found;
    }

    /// One round of assessment and rating: the overall rating and the seven quality areas, dated by the month issued.
    private static RegisterInspection? Rating(RowCells cells, AcecqaField overallField, AcecqaField qualityArea1Field, AcecqaField issuedField)
    {
        var grades = new Dictionary<string, string>();
        if (cells.Rating(overallField) is { } overall)
            grades["overall"] = overall;
        var areas = AcecqaColumns.RatingFields(qualityArea1Field);
        for (var i = 0; i < areas.Length; i++)
        {
            if (cells.Rating(areas[i]) is { } grade)
                grades[$"qa{i + 1}"] = grade;
        }

        // No month issued, no inspection: a new service's "Provisional – Not Yet Assessed" has none, and a rating
        // cannot be placed on the history without one. A month with no rating at all says nothing either.
        if (cells.Month(issuedField) is not { } issued || grades.Count == 0)
            return null;
        return new RegisterInspection(FrameworkCode, null, issued, InspectionType, grades.GetValueOrDefault("overall"), grades);
    }

    private static string? SingleSpaced(string? value) =>
        value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// The cells of one row, read by field, collecting an error for every cell that is not what the register publishes.
    private sealed class RowCells(string[] cells, AcecqaColumns columns)
    {
        private List<string>? errors;

        public string? Error => errors is null ? null : string.Join("; ", errors);

        public void Fail(string message) => (errors ??= []).Add(message);

        public string Name(AcecqaField field) => columns.Name(field);

        /// The trimmed value, or null when empty.
        public string? Text(AcecqaField field) => Raw(field) is { Length: > 0 } value ? value : null;

        public string? Required(AcecqaField field)
        {
            var value = Text(field);
            if (value is null)
                Fail($"Column '{Name(field)}' is empty");
            return value;
        }

        /// DD/MM/YYYY, also D/M/YYYY. A well-formed date that does not exist (31/02/2021) or lies outside 1900–2100
        /// is a typing or export error the user should see, not a date to guess at.
        public DateOnly? Date(AcecqaField field)
        {
            var value = Raw(field);
            if (value.Length == 0)
                return null;
            var parts = value.Split('/');
            if (parts.Length != 3
                || parts[0].Length is < 1 or > 2 || parts[1].Length is < 1 or > 2 || parts[2].Length != 4
                || !parts.All(part => part.All(char.IsAsciiDigit)))
            {
                Fail($"Column '{Name(field)}': '{value}' is not a date (expected DD/MM/YYYY)");
                return null;
            }

            var day = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
            var year = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                Fail($"Column '{Name(field)}': '{value}' is not a real date (expected DD/MM/YYYY)");
                return null;
            }
            return new DateOnly(year, month, day);
        }

        /// Ratings are issued with month precision ("Sep 2018"; "September 2018" and "Sep-2018" are read too):
        /// the first of that month stands for it.
        public DateOnly? Month(AcecqaField field)
        {
            var value = Raw(field);
            if (value.Length == 0)
                return null;
            var parts = value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || MonthNumber(parts[0]) is not { } month || parts[1].Length != 4 || !parts[1].All(char.IsAsciiDigit))
            {
                Fail($"Column '{Name(field)}': '{value}' is not a month (expected a month and year, such as Sep 2018)");
                return null;
            }

            var year = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (year is < 1900 or > 2100)
            {
                Fail($"Column '{Name(field)}': '{value}' is not a real month (expected a month and year, such as Sep 2018)");
                return null;
            }
            return new DateOnly(year, month, 1);
        }

        public int? Places(AcecqaField field)
        {
            var value = Raw(field);
            if (value.Length == 0)
                return null;
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var places))
                return places;
            Fail($"Column '{Name(field)}': '{value}' is not a number of places (expected a whole number, 0 or more)");
            return null;
        }

        public bool? YesNo(AcecqaField field)
        {
            switch (Raw(field).ToUpperInvariant())
            {
                case "":
                    return null;
                case "YES" or "Y":
                    return true;
                case "NO" or "N":
                    return false;
                default:
                    Fail($"Column '{Name(field)}': '{Raw(field)}' is not valid (expected Yes or No)");
                    return null;
            }
        }

        /// A rating as the register writes it, as a grade code of acecqa-nqs-2018: any case, with or without "NQS",
        /// any dash in "Provisional – Not Yet Assessed".
        public string? Rating(AcecqaField field)
        {
            var value = Raw(field);
            if (value.Length == 0)
                return null;
            var words = Words(value);
            if (words.EndsWith(" nqs", StringComparison.Ordinal))
                words = words[..^4];
            switch (words)
            {
                case "significant improvement required":
                    return "significant-improvement-required";
                case "working towards":
                    return "working-towards";
                case "meeting":
                    return "meeting";
                case "exceeding":
                    return "exceeding";
                case "excellent" or "excellent rating":
                    return "excellent";
                case "provisional not yet assessed":
                    return "provisional";
                default:
                    Fail($"Column '{Name(field)}': '{value}' is not an NQS rating (expected {ExpectedRating})");
                    return null;
            }
        }

        private string Raw(AcecqaField field)
        {
            var index = columns[field];
            return index >= 0 && index < cells.Length ? cells[index].Trim() : "";
        }

        private static int? MonthNumber(string name)
        {
            var months = DateTimeFormatInfo.InvariantInfo;
            for (var i = 0; i < 12; i++)
            {
                if (name.Equals(months.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase)
                    || name.Equals(months.MonthNames[i], StringComparison.OrdinalIgnoreCase))
                    return i + 1;
            }
            return name.Equals("Sept", StringComparison.OrdinalIgnoreCase) ? 9 : null;
        }

        /// Lower case, words separated by single spaces, dashes of any kind read as spaces: "Provisional - Not Yet
        /// Assessed", "PROVISIONAL – NOT YET ASSESSED" and "Working  Towards NQS" read as ACECQA writes them.
        private static string Words(string value)
        {
            var spaced = new string([.. value.Select(c => char.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation ? ' ' : char.ToLowerInvariant(c))]);
            return string.Join(' ', spaced.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
