using System.Globalization;
using Ascent.Web.Domain.Screening;

namespace Ascent.Web.Pages.Screening;

/// The change since a room's previous round, in words: "up 0.40, from 3.10 to 3.50".
public static class Change
{
    public static string Of(decimal? before, decimal? now)
    {
        if (before is null || now is null)
            return "cannot be compared";
        var difference = now.Value - before.Value;
        var text = $"from {Two(before.Value)} to {Two(now.Value)}";
        return difference == 0 ? $"unchanged at {Two(now.Value)}" : $"{(difference > 0 ? "up" : "down")} {Two(Math.Abs(difference))}, {text}";
    }

    public static string Of(int before, int beforeOf, int now, int nowOf)
    {
        if (ScreeningSummary.PercentOf(before, beforeOf) is not { } was || ScreeningSummary.PercentOf(now, nowOf) is not { } @is)
            return "cannot be compared";
        var text = $"{now} of {nowOf} ({@is}%), was {before} of {beforeOf} ({was}%)";
        return @is == was ? $"unchanged in share: {text}" : $"{(@is > was ? "up" : "down")} {Math.Abs(@is - was)} percentage points: {text}";
    }

    private static string Two(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
