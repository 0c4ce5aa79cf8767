namespace Ascent.Web.Domain.Instruments;

/// Subscale and total scores of a rating-scale audit: the mean of the scored items (not-applicable and unscored
/// items left out), to 2 decimal places, halves rounded away from zero. Null when no item in it is scored.
public static class ScoreMeans
{
    public static decimal? Mean(IEnumerable<int?> scores)
    {
        var scored = scores.Where(s => s.HasValue).Select(s => s!.Value).ToList();
        return scored.Count == 0 ? null : Math.Round((decimal)scored.Sum() / scored.Count, 2, MidpointRounding.AwayFromZero);
    }

    /// Each subscale's mean and the total, from item scores keyed by item number.
    public static RatingScores Of(InstrumentDefinition instrument, IReadOnlyDictionary<string, int?> itemScores)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        int? ScoreOf(InstrumentItem item) => itemScores.GetValueOrDefault(item.Number);
        var subscales = instrument.Subscales.ToDictionary(s => s.Code, s => Mean(s.Items.Select(ScoreOf)), StringComparer.Ordinal);
        return new RatingScores(subscales, Mean(instrument.Items.Select(ScoreOf)));
    }
}

public sealed record RatingScores(IReadOnlyDictionary<string, decimal?> Subscales, decimal? Total);
