using System.Globalization;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// The three boxes of a GOV.UK date input, kept as typed so they can be shown again after an error.
/// Bind it as a page model property and render it with <c>&lt;govuk-date-input asp-for="..." /&gt;</c>.
/// </summary>
public sealed class DateInput
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput
        {
            Day = d.Day.ToString(CultureInfo.InvariantCulture),
            Month = d.Month.ToString(CultureInfo.InvariantCulture),
            Year = d.Year.ToString(CultureInfo.InvariantCulture),
        }
        : new DateInput();

    /// <summary>
    /// True when the parts make a real calendar date with a four-digit year.
    /// Months may also be written as names or their first three letters ("Jan", "january").
    /// </summary>
    public bool TryGetDate(out DateOnly date)
    {
        date = default;
        var yearText = Year?.Trim();
        if (!TryParseNumber(Day, out var day)
            || !TryParseMonth(Month, out var month)
            || yearText is not { Length: 4 }
            || !TryParseNumber(yearText, out var year)
            || year < 1000
            || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryParseNumber(string? text, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    private static bool TryParseMonth(string? text, out int month)
    {
        if (TryParseNumber(text, out month))
        {
            return month <= 12;
        }

        var name = text?.Trim() ?? "";
        if (name.Length >= 3)
        {
            for (var i = 0; i < MonthNames.Length; i++)
            {
                if (MonthNames[i].StartsWith(name, StringComparison.OrdinalIgnoreCase)
                    && (name.Length == 3 || name.Length == MonthNames[i].Length))
                {
                    month = i + 1;
                    return true;
                }
            }
        }

        month = 0;
        return false;
    }
}
