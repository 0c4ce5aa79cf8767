namespace Ascent.Web.Infrastructure;

/// RFC 4180 quoting for the CSV files Ascent writes. A leading =, +, - or @ is prefixed with ' so that a
/// spreadsheet does not run a cell as a formula (CSV injection).
public static class Csv
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
