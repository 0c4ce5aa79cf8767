using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Domain.Screening;

/// What a round comes to, kept on the round when it is saved: the local authority reads only this, never a child's
/// row. Each scale has its own counts per level and its own mean (2 decimal places): the two are never combined.
public sealed record ScreeningSummary(
    int Screened,
    int Red,
    int Amber,
    int Green,
    decimal? WellBeingMean,
    decimal? InvolvementMean,
    IReadOnlyList<int> WellBeingCounts,
    IReadOnlyList<int> InvolvementCounts)
{
    public static readonly ScreeningSummary Empty = Of([]);

    public static ScreeningSummary Of(IReadOnlyCollection<(int WellBeing, int Involvement)> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var wellBeing = new int[LeuvenBands.Max];
        var involvement = new int[LeuvenBands.Max];
        int red = 0, amber = 0, green = 0;
        foreach (var (w, i) in scores)
        {
            switch (LeuvenBands.Of(w, i))
            {
                case LeuvenBand.Red: red++; break;
                case LeuvenBand.Amber: amber++; break;
                default: green++; break;
            }

            wellBeing[w - 1]++;
            involvement[i - 1]++;
        }

        return new ScreeningSummary(scores.Count, red, amber, green,
            MeanOfCounts(wellBeing, scores.Count), MeanOfCounts(involvement, scores.Count), wellBeing, involvement);
    }

    /// Several rounds taken together (a setting's rooms, an LA's settings): counts add up, and each scale's mean
    /// is worked out again from the counts per level, so a room of 30 weighs more than a room of 5.
    public static ScreeningSummary Combine(IEnumerable<ScreeningSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var list = summaries.ToList();
        var wellBeing = Enumerable.Range(0, LeuvenBands.Max).Select(i => list.Sum(s => s.WellBeingCounts[i])).ToArray();
        var involvement = Enumerable.Range(0, LeuvenBands.Max).Select(i => list.Sum(s => s.InvolvementCounts[i])).ToArray();
        var screened = list.Sum(s => s.Screened);
        return new ScreeningSummary(screened, list.Sum(s => s.Red), list.Sum(s => s.Amber), list.Sum(s => s.Green),
            MeanOfCounts(wellBeing, screened), MeanOfCounts(involvement, screened), wellBeing, involvement);
    }

    /// The share of screened children in a band, as a whole percentage (null when nobody was screened).
    public int? Percent(int count) => PercentOf(count, Screened);

    /// A count as a whole percentage of a total, halves away from zero (null of none): every share a screening shows.
    public static int? PercentOf(int count, int total) =>
        total == 0 ? null : (int)Math.Round(100m * count / total, MidpointRounding.AwayFromZero);

    private static decimal? MeanOfCounts(int[] counts, int total) =>
        total == 0 ? null : Math.Round((decimal)counts.Select((c, i) => c * (i + 1)).Sum() / total, 2, MidpointRounding.AwayFromZero);
}
