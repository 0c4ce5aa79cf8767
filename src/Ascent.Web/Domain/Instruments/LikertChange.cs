using System.Globalization;

namespace Ascent.Web.Domain.Instruments;

/// The change in a mean or a percentage since the previous round of the same questionnaire, in words a page can
/// show without arrows or colour: "Up 0.40 from 3.20", "Down 5 points from 80%", "No change", "Not asked last time".
public static class LikertChange
{
    public static string OfMean(decimal? now, decimal? before)
    {
        if (now is null)
            return "No answers this time";
        if (before is null)
            return "Not answered last time";
        var difference = now.Value - before.Value;
        var was = before.Value.ToString("0.00", CultureInfo.InvariantCulture);
        return difference switch
        {
            > 0 => $"Up {difference.ToString("0.00", CultureInfo.InvariantCulture)} from {was}",
            < 0 => $"Down {(-difference).ToString("0.00", CultureInfo.InvariantCulture)} from {was}",
            _ => $"No change from {was}",
        };
    }

    public static string OfPercent(int? now, int? before)
    {
        if (now is null)
            return "No answers this time";
        if (before is null)
            return "Not answered last time";
        var difference = now.Value - before.Value;
        var points = Math.Abs(difference) == 1 ? "point" : "points";
        return difference switch
        {
            > 0 => string.Create(CultureInfo.InvariantCulture, $"Up {difference} {points} from {before}%"),
            < 0 => string.Create(CultureInfo.InvariantCulture, $"Down {-difference} {points} from {before}%"),
            _ => string.Create(CultureInfo.InvariantCulture, $"No change from {before}%"),
        };
    }
}
