using System.Globalization;

namespace Ascent.Web.Domain.Charts;

/// Numbers on charts and in their tables: at most 4 decimal places, trailing zeros dropped, "." as the decimal point
/// so a file reads the same in any spreadsheet locale. Files keep 6 places.
public static class ChartNumbers
{
    public static string Display(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture) : "";

    public static string Exact(decimal? value) => value is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero).ToString("0.######", CultureInfo.InvariantCulture) : "";
}
