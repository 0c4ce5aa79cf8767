using System.Globalization;

namespace Ascent.Web.Services.Complaints;

/// Calendar quarters as the register and the report name them: "2026-Q1" is January to March 2026.
public static class Quarters
{
    public static string Of(DateOnly day) => $"{day.Year.ToString(CultureInfo.InvariantCulture)}-Q{((day.Month - 1) / 3) + 1}";

    public static (DateOnly From, DateOnly To) Span(int year, int quarter)
    {
        var from = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return (from, from.AddMonths(3).AddDays(-1));
    }

    public static string Name(int year, int quarter) => Span(year, quarter) is var (from, to)
        ? $"{from.ToString("MMMM", CultureInfo.GetCultureInfo("en-GB"))} to {to.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}" : "";

    public static bool TryParse(string? text, out DateOnly from, out DateOnly to)
    {
        (from, to) = (default, default);
        if (text is not { Length: 7 } || text[4] != '-' || text[5] != 'Q'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100
            || text[6] is < '1' or > '4')
            return false;
        (from, to) = Span(year, text[6] - '0');
        return true;
    }
}
