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
        var wellBeing = new int[ScreeningBands.Max];
        var involvement = new int[ScreeningBands.Max];
        int red = 0, amber = 0, green = 0;
        foreach (var (w, i) in scores)
        {
            switch (ScreeningBands.Of(w, i))
            {
                case ScreeningBand.Red: red++; break;
                case ScreeningBand.Amber: amber++; break;
                default: green++; break;
            }

            wellBeing[w - 1]++;
            involvement[i - 1]++;
        }

        return new ScreeningSummary(scores.Count, red, amber, green,
            Mean(scores.Select(s => s.WellBeing)), Mean(scores.Select(s => s.Involvement)), wellBeing, involvement);
    }

    /// The share of screened children in a band, as a whole percentage (null when nobody was screened).
    public int? Percent(int count) => Screened == 0 ? null : (int)Math.Round(100m * count / Screened, MidpointRounding.AwayFromZero);

    private static decimal? Mean(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round((decimal)list.Sum() / list.Count, 2, MidpointRounding.AwayFromZero);
    }
}
