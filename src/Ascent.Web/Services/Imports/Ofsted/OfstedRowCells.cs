using System.Globalization;

namespace Ascent.Web.Services.Imports.Ofsted;

/// The cells of one row, read by field, collecting an error for every cell that is not what Ofsted publishes.
internal sealed class OfstedRowCells(string[] cells, OfstedColumns columns)
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
