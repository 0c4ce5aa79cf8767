namespace Ascent.Web.Domain.Instruments;

/// One person's answers to a questionnaire: the group they said they belong to and a score per item number. An item
/// they left blank is missing or null: "not answered" is left out of every figure.
public sealed record LikertResponse(string? Group, IReadOnlyDictionary<string, int?> Scores);

/// A questionnaire round's results (a Likert instrument, instruments.md): per item, per subscale and overall, for
/// everyone and per respondent group. "Agreeing" is the top two points of the scale (Agree and Strongly agree on a
/// five-point scale). A group of fewer than MinimumGroupSize respondents is counted in the overall figures but not
/// shown on its own, so that nobody's answers can be picked out.
public sealed record LikertResults(
    InstrumentDefinition Instrument,
    int Respondents,
    LikertFigures Overall,
    IReadOnlyList<LikertItemResult> Items,
    IReadOnlyList<LikertSubscaleResult> Subscales,
    IReadOnlyList<LikertGroupResult> Groups)
{
    public const int MinimumGroupSize = 5;

    /// The lowest score that counts as agreeing: the scale's top two points.
    public static int AgreeFrom(ResponseScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return scale.Max - 1;
    }

    public LikertItemResult Item(string number) => Items.First(i => i.Item.Number == number);

    public static LikertResults Of(InstrumentDefinition instrument, IEnumerable<LikertResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(responses);
        if (instrument.Scoring != ScoringRule.Likert)
            throw new ArgumentException("Only a Likert questionnaire has these results.", nameof(instrument));
        var all = responses.ToList();
        foreach (var response in all)
        {
            foreach (var (number, score) in response.Scores)
            {
                if (instrument.Item(number) is null)
                    throw new ArgumentException($"Item {number} is not one of this questionnaire's items.", nameof(responses));
                if (score is { } value && !instrument.Scale.Contains(value))
                    throw new ArgumentException($"The answer {value} to item {number} is outside the scale.", nameof(responses));
            }
        }

        var (overall, items, subscales) = Figures(instrument, all);
        var groups = instrument.RespondentGroups.Select(group =>
        {
            var members = all.Where(r => r.Group == group.Code).ToList();
            if (members.Count < MinimumGroupSize)
                return new LikertGroupResult(group, members.Count, null, [], []);
            var (groupOverall, groupItems, groupSubscales) = Figures(instrument, members);
            return new LikertGroupResult(group, members.Count, groupOverall, groupItems, groupSubscales);
        }).ToList();
        return new LikertResults(instrument, all.Count, overall, items, subscales, groups);
    }

    private static (LikertFigures Overall, List<LikertItemResult> Items, List<LikertSubscaleResult> Subscales) Figures(InstrumentDefinition instrument, List<LikertResponse> responses)
    {
        IEnumerable<int> ScoresOf(InstrumentItem item) => responses
            .Select(r => r.Scores.GetValueOrDefault(item.Number))
            .Where(s => s.HasValue)
            .Select(s => s!.Value);
        var items = instrument.Items.Select(item => new LikertItemResult(item, LikertFigures.Of(instrument.Scale, ScoresOf(item)))).ToList();
        var subscales = instrument.Subscales
            .Select(s => new LikertSubscaleResult(s, LikertFigures.Of(instrument.Scale, s.Items.SelectMany(ScoresOf))))
            .ToList();
        return (LikertFigures.Of(instrument.Scale, instrument.Items.SelectMany(ScoresOf)), items, subscales);
    }
}

/// Counts and summaries of a set of answers on one scale. Counts holds how many gave each point of the scale, from
/// its lowest; Mean is to 2 decimal places (halves away from zero, as ScoreMeans); both Mean and ShareAgreeing are
/// null when nobody answered.
public sealed record LikertFigures(ResponseScale Scale, IReadOnlyList<int> Counts, int Answered, int Agreeing, decimal? Mean)
{
    public static LikertFigures Of(ResponseScale scale, IEnumerable<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var list = scores.ToList();
        var counts = Enumerable.Range(scale.Min, scale.Max - scale.Min + 1).Select(v => list.Count(s => s == v)).ToList();
        var agreeFrom = LikertResults.AgreeFrom(scale);
        return new LikertFigures(scale, counts, list.Count, list.Count(s => s >= agreeFrom), ScoreMeans.Mean(list.Select(s => (int?)s)));
    }

    /// How many answered with this point of the scale.
    public int CountOf(int value) => Scale.Contains(value) ? Counts[value - Scale.Min] : 0;

    /// The share agreeing, 0 to 1, or null when nobody answered.
    public decimal? ShareAgreeing => Answered == 0 ? null : (decimal)Agreeing / Answered;

    /// The share agreeing as a whole percentage, halves away from zero: what a page shows.
    public int? PercentAgreeing => ShareAgreeing is { } share ? (int)Math.Round(share * 100, 0, MidpointRounding.AwayFromZero) : null;
}

public sealed record LikertItemResult(InstrumentItem Item, LikertFigures Figures);

public sealed record LikertSubscaleResult(Subscale Subscale, LikertFigures Figures);

/// One respondent group's results, or only its size when it has fewer than LikertResults.MinimumGroupSize
/// respondents (then Overall is null and the lists empty).
public sealed record LikertGroupResult(
    RespondentGroup Group,
    int Respondents,
    LikertFigures? Overall,
    IReadOnlyList<LikertItemResult> Items,
    IReadOnlyList<LikertSubscaleResult> Subscales)
{
    public bool Suppressed => Overall is null;
}
