using Ascent.Web.Domain.Screening;

namespace Ascent.Web.Pages.Screening;

/// A list of rounds with their aggregates only: what the local authority reads, and the setting's history of a room.
public sealed record RoundTable(string Caption, IReadOnlyList<ScreeningRound> Rounds)
{
    public static string Mean(decimal? mean) => mean is { } m ? m.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "None";

    public static string CountAndShare(ScreeningSummary summary, int count) =>
        summary.Percent(count) is { } percent ? $"{count} ({percent}%)" : "0";
}
