using System.Globalization;

namespace Ascent.Web.Domain.QualityMark;

/// Money in Ascent's quality mark is whole pence (a long), never a decimal of pounds: amounts add up exactly. This
/// reads what someone types and shows an amount as pounds with two decimals.
public static class Pence
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// "£1,234.50".
    public static string Format(long pence) => (pence / 100m).ToString("C2", British);

    /// "1234.50" for a CSV: no symbol, no thousands separator, so a spreadsheet reads it as a number.
    public static string Plain(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// Reads "12", "12.5", "12.50", "£1,234.56": pounds with at most two decimals. False for anything else, for a
    /// negative amount and for a fraction of a penny.
    public static bool TryParse(string? text, out long pence)
    {
        pence = 0;
        var value = text?.Trim().Replace(",", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(value))
            return false;
        if (value.StartsWith('£'))
            value = value[1..].TrimStart();
        if (value.Length > 15 || !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds))
            return false;
        var inPence = pounds * 100m;
        if (inPence != decimal.Truncate(inPence))
            return false;
        pence = (long)inPence;
        return true;
    }
}
