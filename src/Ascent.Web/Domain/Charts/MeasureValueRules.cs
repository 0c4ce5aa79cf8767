using System.Globalization;

namespace Ascent.Web.Domain.Charts;

/// What a value of a setting's own measure must be for its chart, shared by the form and the CSV import: a P chart
/// needs a count out of a total (the value is their ratio), a U chart a count and the units it is counted over, a C
/// chart a count; a run or I chart any number. Returns the value to keep, or the reason it cannot be kept.
public static class MeasureValueRules
{
    /// Large enough for any count or rate a setting keeps, small enough for the columns (precision 18, scale 6).
    public const decimal Largest = 999_999_999_999m;

    public static (decimal Value, string? Error) Check(ChartKind kind, decimal? value, decimal? numerator, decimal? denominator)
    {
        if (new[] { value, numerator, denominator }.Any(v => v is { } x && Math.Abs(x) > Largest))
            return (0, string.Create(CultureInfo.InvariantCulture, $"Numbers must be between -{Largest:N0} and {Largest:N0}"));
        switch (kind)
        {
            case ChartKind.P:
                if (numerator is not { } count || denominator is not { } total)
                    return (0, "A proportion needs the number counted and the number it is out of");
                if (total <= 0 || count < 0 || count > total)
                    return (0, "The number counted must be between 0 and the number it is out of, which must be above 0");
                return (Math.Round(count / total, 6), null);
            case ChartKind.U:
                if (numerator is not { } events || denominator is not { } units)
                    return (0, "A rate needs the number counted and the units it was counted over");
                if (units <= 0 || events < 0)
                    return (0, "The number counted cannot be below 0 and the units must be above 0");
                return (Math.Round(events / units, 6), null);
            case ChartKind.C:
                var c = value ?? numerator;
                if (c is not { } n)
                    return (0, "Enter the count");
                return n < 0 || n != decimal.Truncate(n) ? (0, "A count must be a whole number, 0 or more") : (n, null);
            default:
                if (value is { } v)
                    return (Math.Round(v, 6), null);
                if (numerator is { } a && denominator is { } b && b != 0)
                    return (Math.Round(a / b, 6), null);
                return (0, "Enter the value");
        }
    }

    /// The chart kinds as people write them in a file: run, i, p, u or c.
    public static ChartKind? ParseKind(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "run" or "" or null => ChartKind.Run,
        "i" => ChartKind.I,
        "p" => ChartKind.P,
        "u" => ChartKind.U,
        "c" => ChartKind.C,
        _ => null,
    };

    public static string KindCode(ChartKind kind) => kind == ChartKind.Run ? "run" : kind.ToString().ToLowerInvariant();

    /// The chart's name inside a sentence: "a run chart", "an individuals chart (I chart)".
    public static string KindInSentence(ChartKind kind) =>
        (kind == ChartKind.I ? "an " : "a ") + char.ToLowerInvariant(KindName(kind)[0]) + KindName(kind)[1..];

    public static string KindName(ChartKind kind) => kind switch
    {
        ChartKind.I => "Individuals chart (I chart)",
        ChartKind.P => "Proportions chart (P chart)",
        ChartKind.U => "Rates chart (U chart)",
        ChartKind.C => "Counts chart (C chart)",
        _ => "Run chart",
    };
}
