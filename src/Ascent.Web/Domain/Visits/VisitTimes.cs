using System.Globalization;
using System.Text.RegularExpressions;

namespace Ascent.Web.Domain.Visits;

/// How the visit forms read a start time, and which dates a visit may be planned for.
public static partial class VisitTimes
{
    /// A visit is planned (or recorded late) from a year ago to two years ahead: anything else is a typing slip.
    public static bool IsWithinPlanningWindow(DateOnly date, DateOnly today) =>
        date >= today.AddYears(-1) && date <= today.AddYears(2);

    /// "10am", "10:30am", "2.30 pm", "14:30", "9" (hours alone read as on the hour).
    public static TimeOnly? ParseStartTime(string? text)
    {
        var match = TimePattern().Match(text?.Trim().ToLowerInvariant() ?? "");
        if (!match.Success)
            return null;
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["s"].Value;
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
                return null;
            hour = hour % 12 + (suffix == "pm" ? 12 : 0);
        }

        return hour <= 23 && minute <= 59 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s*(?<s>am|pm)?$")]
    private static partial Regex TimePattern();
}
