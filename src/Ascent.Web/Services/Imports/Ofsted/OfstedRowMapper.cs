using System.Globalization;
using System.Text.RegularExpressions;

namespace Ascent.Web.Services.Imports.Ofsted;

/// One row of a file, before mapping: its physical line (XLSX: row number), its cells and its text as in the file.
internal readonly record struct OfstedSourceRow(int LineNumber, string[] Cells, string RawLine, bool EndsInsideQuotes = false);

/// Turns one data row into a provider, or into an error that names every bad cell.
internal static partial class OfstedRowMapper
{
    private static readonly DateOnly EifStart = new(2019, 9, 1);

    // EY + 6 digits, a legacy 6-digit or newer 7-digit number; VC + 6 digits are Voluntary Childcare Register
    // providers (291 rows of the real 2021 file).
    [GeneratedRegex(@"^(EY|VC)?[0-9]{6,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex UrnPattern();

    public static OfstedRowResult Map(OfstedSourceRow row, OfstedColumns columns)
    {
        var cells = new RowCells(row.Cells, columns);

        var urn = cells.Text(OfstedField.ProviderUrn);
        if (urn is null)
            cells.Fail("Provider URN is missing");
        else if (!UrnPattern().IsMatch(urn.ToUpperInvariant()))
            cells.Fail($"Provider URN '{urn}' is not an Ofsted URN");

        var registrationDate = cells.Date(OfstedField.RegistrationDate);
        var providerType = cells.Required(OfstedField.ProviderType);
        var subtype = cells.Text(OfstedField.ProviderSubtype);
        var status = cells.Text(OfstedField.ProviderStatus);
        var registers = cells.Text(OfstedField.RegisterCombination);
        var earlyYears = cells.Flag(OfstedField.EarlyYearsRegister);
        var compulsory = cells.Flag(OfstedField.CompulsoryChildcareRegister);
        var voluntary = cells.Flag(OfstedField.VoluntaryChildcareRegister);
        var personUrn = cells.Published(OfstedField.RegisteredPersonUrn);
        var personName = cells.Published(OfstedField.RegisteredPersonName);
        var name = cells.Published(OfstedField.Name);
        var address1 = cells.Published(OfstedField.AddressLine1);
        var address2 = cells.Published(OfstedField.AddressLine2);
        var address3 = cells.Published(OfstedField.AddressLine3);
        var town = cells.Published(OfstedField.Town);
        var postcode = cells.Published(OfstedField.Postcode);
        var telephone = cells.Published(OfstedField.Telephone);
        var constituency = cells.Text(OfstedField.ParliamentaryConstituency);
        var localAuthority = cells.Required(OfstedField.LocalAuthority);
        var region = cells.Text(OfstedField.Region);
        var ofstedRegion = cells.Text(OfstedField.OfstedRegion);
        var deprivation = cells.Text(OfstedField.DeprivationBand);
        var places = cells.Places(OfstedField.Places);
        var placesWithEstimates = cells.EstimatedPlaces(OfstedField.PlacesIncludingEstimates);
        var ccr = cells.Outcome(OfstedField.CcrRequirementsSuitability);
        var vcr = cells.Outcome(OfstedField.VcrRequirementsSuitability);
        var inspections = Inspections(cells);

        if (cells.Error is { } error)
        {
            var readableUrn = urn is not null && UrnPattern().IsMatch(urn.ToUpperInvariant()) ? urn.ToUpperInvariant() : null;
            return new OfstedRowResult(row.LineNumber, null, error, row.RawLine) { Urn = readableUrn, LocalAuthority = localAuthority };
        }

        var provider = new OfstedProvider(
            urn!.ToUpperInvariant(), registrationDate, providerType!, subtype, status,
            registers, earlyYears, compulsory, voluntary,
            personUrn, personName, name,
            address1, address2, address3, town, postcode, telephone,
            constituency, localAuthority!, region, ofstedRegion, deprivation,
            places, placesWithEstimates, inspections)
        {
            CcrRequirementsSuitability = ccr,
            VcrRequirementsSuitability = vcr,
        };
        return new OfstedRowResult(row.LineNumber, provider, null, row.RawLine);
    }

    private static List<OfstedInspection> Inspections(RowCells cells)
    {
        var found = new List<OfstedInspection>(4);
        Add(found, Full(cells, OfstedField.FullNumber, OfstedField.FullDate, OfstedField.FullOverall, withKeyJudgements: true));
        Add(found, Full(cells, OfstedField.SecondNumber, OfstedField.SecondDate, OfstedField.SecondOverall, withKeyJudgements: false));
        Add(found, Full(cells, OfstedField.ThirdNumber, OfstedField.ThirdDate, OfstedField.ThirdOverall, withKeyJudgements: false));
        Add(found, Renewed(cells));
        Add(found, Compliance(cells, OfstedField.NcorNumber, OfstedField.NcorDate, OfstedField.NcorOutcome, "No children on roll"));
        Add(found, Compliance(cells, OfstedField.CrNumber, OfstedField.CrDate, OfstedField.CrOutcome, "Childcare Register"));
        // Newest first; a stable insertion sort, so inspections on the same day keep the file's order.
        for (var i = 1; i < found.Count; i++)
        {
            var inspection = found[i];
            var at = i;
            for (; at > 0 && found[at - 1].Date < inspection.Date; at--)
                found[at] = found[at - 1];
            found[at] = inspection;
        }

        return found;
    }

    private static void Add(List<OfstedInspection> found, OfstedInspection? inspection)
    {
        if (inspection is null)
            return;
        foreach (var existing in found)
        {
            var same = inspection.Number is not null && existing.Number is not null
                ? inspection.Number == existing.Number
                : inspection.FrameworkCode == existing.FrameworkCode && inspection.Date == existing.Date;
            if (same)
                return;
        }
        found.Add(inspection);
    }

    private static OfstedInspection? Full(RowCells cells, OfstedField numberField, OfstedField dateField, OfstedField overallField, bool withKeyJudgements)
    {
        // Created at the first grade: most rows have no second or third inspection, and so no grades for them.
        Dictionary<string, string>? grades = null;
        var firstGraded = (OfstedField?)null;
        void Put(string key, OfstedField field, string? grade)
        {
            if (grade is null)
                return;
            (grades ??= new Dictionary<string, string>(6))[key] = grade;
            firstGraded ??= field;
        }

        var overall = cells.Grade(overallField);
        Put("overall", overallField, overall);
        if (withKeyJudgements)
        {
            Put("quality-of-education", OfstedField.FullQualityOfEducation, cells.Grade(OfstedField.FullQualityOfEducation));
            Put("behaviour-and-attitudes", OfstedField.FullBehaviourAndAttitudes, cells.Grade(OfstedField.FullBehaviourAndAttitudes));
            Put("personal-development", OfstedField.FullPersonalDevelopment, cells.Grade(OfstedField.FullPersonalDevelopment));
            Put("leadership-and-management", OfstedField.FullLeadershipAndManagement, cells.Grade(OfstedField.FullLeadershipAndManagement));
            Put("safeguarding", OfstedField.FullSafeguarding, cells.YesNo(OfstedField.FullSafeguarding));
        }

        if (Dated(cells, dateField, firstGraded) is not { } date)
            return null;
        if (date < EifStart)
        {
            // Before the EIF only overall effectiveness is comparable (frameworks.md); the file still fills
            // "Effectiveness of leadership and management" for CIF inspections, which is left out on purpose.
            var cifGrades = overall is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["overall"] = overall };
            return new OfstedInspection(OfstedFrameworks.Cif, cells.Text(numberField), date, null, overall, cifGrades);
        }
        return new OfstedInspection(OfstedFrameworks.Eif2019, cells.Text(numberField), date, null, overall, grades ?? []);
    }

    private static OfstedInspection? Renewed(RowCells cells)
    {
        Dictionary<string, string>? grades = null;
        var firstGraded = (OfstedField?)null;
        void Put(string key, OfstedField field, string? grade)
        {
            if (grade is null)
                return;
            (grades ??= new Dictionary<string, string>(7))[key] = grade;
            firstGraded ??= field;
        }

        Put("safeguarding", OfstedField.RenewedSafeguarding, cells.MetOrNotMet(OfstedField.RenewedSafeguarding));
        Put("inclusion", OfstedField.RenewedInclusion, cells.RenewedGrade(OfstedField.RenewedInclusion));
        Put("curriculum-and-teaching", OfstedField.RenewedCurriculumAndTeaching, cells.RenewedGrade(OfstedField.RenewedCurriculumAndTeaching));
        Put("achievement", OfstedField.RenewedAchievement, cells.RenewedGrade(OfstedField.RenewedAchievement));
        Put("behaviour-attitudes-and-routines", OfstedField.RenewedBehaviourAttitudesAndRoutines, cells.RenewedGrade(OfstedField.RenewedBehaviourAttitudesAndRoutines));
        Put("welfare-and-wellbeing", OfstedField.RenewedWelfareAndWellbeing, cells.RenewedGrade(OfstedField.RenewedWelfareAndWellbeing));
        Put("leadership-and-governance", OfstedField.RenewedLeadershipAndGovernance, cells.RenewedGrade(OfstedField.RenewedLeadershipAndGovernance));

        if (Dated(cells, OfstedField.RenewedDate, firstGraded) is not { } date)
            return null;
        return new OfstedInspection(OfstedFrameworks.Renewed2025, cells.Text(OfstedField.RenewedNumber), date,
            cells.Text(OfstedField.RenewedVisitType), null, grades ?? []);
    }

    private static OfstedInspection? Compliance(RowCells cells, OfstedField numberField, OfstedField dateField, OfstedField outcomeField, string visitType)
    {
        var outcome = cells.Outcome(outcomeField);
        if (Dated(cells, dateField, outcome is null ? null : outcomeField) is not { } date)
            return null;
        var grades = outcome is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["outcome"] = outcome };
        return new OfstedInspection(OfstedFrameworks.Compliance, cells.Text(numberField), date, visitType, outcome, grades);
    }

    /// The inspection's date, or null when it has none (the inspection is then skipped; a grade without a date is an error).
    private static DateOnly? Dated(RowCells cells, OfstedField dateField, OfstedField? firstGraded)
    {
        var date = cells.Date(dateField);
        if (date is null && firstGraded is { } graded && cells.IsEmpty(dateField))
            cells.Fail($"Column '{cells.Name(graded)}' has a grade but '{cells.Name(dateField)}' is empty");
        return date;
    }

    /// The cells of one row, read by field, collecting an error for every cell that is not what Ofsted publishes.
    private sealed class RowCells(string[] cells, OfstedColumns columns)
    {
        private List<string>? errors;

        public string? Error => errors is null ? null : string.Join("; ", errors);

        public void Fail(string message) => (errors ??= []).Add(message);

        public string Name(OfstedField field) => columns.Name(field);

        public bool IsEmpty(OfstedField field) => Raw(field).Length == 0;

        /// The trimmed value, or null when empty.
        public string? Text(OfstedField field) => Raw(field) is { Length: > 0 } value ? value : null;

        /// Like Text, but Ofsted's "REDACTED" (not published) is null too.
        public string? Published(OfstedField field) =>
            Text(field) is { } value && !value.Equals("REDACTED", StringComparison.OrdinalIgnoreCase) ? value : null;

        public string? Required(OfstedField field)
        {
            var value = Text(field);
            if (value is null)
                Fail($"Column '{Name(field)}' is empty");
            return value;
        }

        public DateOnly? Date(OfstedField field)
        {
            var value = Raw(field);
            if (value.Length == 0)
                return null;
            switch (ParseDate(value, out var date))
            {
                case DateParse.Ok:
                    return date;
                case DateParse.Impossible:
                    Fail($"Column '{Name(field)}': '{value}' is not a real date (expected DD/MM/YYYY)");
                    return null;
                default:
                    Fail($"Column '{Name(field)}': '{value}' is not a date (expected DD/MM/YYYY)");
                    return null;
            }
        }

        public int? Places(OfstedField field)
        {
            var value = Raw(field);
            if (value.Length == 0)
                return null;
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var places))
                return places;
            Fail($"Column '{Name(field)}': '{value}' is not a number of places (expected a whole number, 0 or more)");
            return null;
        }

        /// Where a provider's places are not known (Places 0), Ofsted puts its type's average here (46.35 for
        /// non-domestic childcare, 6.45 for childminders in the 2021 file): rounded to whole places.
        public int? EstimatedPlaces(OfstedField field)
        {
            var value = Raw(field);
            if (value.Length == 0)
                return null;
            if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var places) && places <= int.MaxValue)
                return (int)Math.Round(places, MidpointRounding.AwayFromZero);
            Fail($"Column '{Name(field)}': '{value}' is not a number of places (expected a number, 0 or more)");
            return null;
        }

        public bool? Flag(OfstedField field) => Raw(field).ToUpperInvariant() switch
        {
            "" => null,
            "Y" or "YES" => true,
            "N" or "NO" => false,
            _ => Invalid<bool?>(field, "Y or N"),
        };

        /// EIF/CIF grade: 1 outstanding … 4 inadequate; "-" means the judgement was not made.
        public string? Grade(OfstedField field)
        {
            var value = Raw(field);
            return value switch
            {
                "" or "-" => null,
                "1" or "2" or "3" or "4" => value,
                _ => Invalid<string>(field, "a grade from 1 to 4, or -"),
            };
        }

        public string? YesNo(OfstedField field) => Raw(field).ToUpperInvariant() switch
        {
            "" or "-" => null,
            "YES" => "yes",
            "NO" => "no",
            _ => Invalid<string>(field, "Yes, No or -"),
        };

        public string? Outcome(OfstedField field) => Words(Raw(field)) switch
        {
            "" or "-" => null,
            "met" => "met",
            "not met (with actions)" => "not-met-with-actions",
            "not met (enforcement)" => "not-met-enforcement",
            _ => Invalid<string>(field, "Met, Not Met (with actions), Not Met (enforcement) or -"),
        };

        public string? MetOrNotMet(OfstedField field) => Words(Raw(field)) switch
        {
            "" or "-" => null,
            "met" or "yes" => "met",
            "not met" or "no" => "not-met",
            _ => Invalid<string>(field, "Met, Not met or -"),
        };

        public string? RenewedGrade(OfstedField field) => Words(Raw(field)) switch
        {
            "" or "-" => null,
            "exceptional" => "exceptional",
            "strong" or "strong standard" => "strong",
            "expected" or "expected standard" => "expected",
            "needs attention" => "needs-attention",
            "urgent improvement" => "urgent-improvement",
            _ => Invalid<string>(field, "Exceptional, Strong standard, Expected standard, Needs attention, Urgent improvement or -"),
        };

        private T? Invalid<T>(OfstedField field, string expected)
        {
            Fail($"Column '{Name(field)}': '{Raw(field)}' is not valid (expected {expected})");
            return default;
        }

        private string Raw(OfstedField field)
        {
            var index = columns[field];
            return index >= 0 && index < cells.Length ? cells[index].Trim() : "";
        }

        /// Lower case with single spaces, so "Not Met  (with actions)" and "not met (with actions)" read the same.
        /// Raw values are trimmed, so without a double space they are already single-spaced (the usual case).
        private static string Words(string value) => value.Length == 0
            ? value
            : value.Contains("  ", StringComparison.Ordinal)
                ? string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()
                : value.ToLowerInvariant();
    }

    private enum DateParse { Ok, Impossible, Malformed }

    /// DD/MM/YYYY, also D/M/YYYY. A well-formed date that does not exist (31/02/2021, 00/01/2020) or lies outside
    /// 1900–2100 is Impossible: that is a typing or export error the user should see, not a date to guess at.
    /// Read from the span in place: every row has several dates, and splitting them cost more than the rest of the row.
    private static DateParse ParseDate(string value, out DateOnly date)
    {
        date = default;
        var text = value.AsSpan();
        var firstSlash = text.IndexOf('/');
        var secondSlash = firstSlash < 0 ? -1 : text[(firstSlash + 1)..].IndexOf('/') + firstSlash + 1;
        if (firstSlash < 0 || secondSlash <= firstSlash)
            return DateParse.Malformed;
        var dayText = text[..firstSlash];
        var monthText = text[(firstSlash + 1)..secondSlash];
        var yearText = text[(secondSlash + 1)..];
        if (dayText.Length is < 1 or > 2 || monthText.Length is < 1 or > 2 || yearText.Length != 4
            || !IsDigits(dayText) || !IsDigits(monthText) || !IsDigits(yearText))
            return DateParse.Malformed;
        var day = Number(dayText);
        var month = Number(monthText);
        var year = Number(yearText);
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return DateParse.Impossible;
        date = new DateOnly(year, month, day);
        return DateParse.Ok;
    }

    // ASCII digits only, as char.IsAsciiDigit: a third slash or any other character makes the date malformed.
    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> digits)
    {
        var number = 0;
        foreach (var digit in digits)
            number = (number * 10) + (digit - '0');
        return number;
    }
}
