using System.Globalization;

namespace Ascent.Web.Domain.Instruments;

/// An indicator's code, "level.number": the level is 1, 3, 5 or 7 and the number counts from 1.
public sealed record IndicatorCode(int Level, int Number)
{
    /// The highest indicator number a level may have: AuditIndicatorAnswer stores the code in a short column.
    public const int MaxNumber = 99;

    public static readonly IReadOnlyList<int> Levels = [1, 3, 5, 7];

    public string Code => $"{Level}.{Number}";

    public static IndicatorCode? TryParse(string text)
    {
        var parts = text.Trim().Split('.');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is 1 or 3 or 5 or 7
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxNumber
            ? new IndicatorCode(level, number)
            : null;
    }
}
