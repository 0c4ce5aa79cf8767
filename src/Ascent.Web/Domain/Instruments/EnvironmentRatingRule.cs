namespace Ascent.Web.Domain.Instruments;

/// The environment rating scales' rule (instruments.md): an item's score from its yes/no indicators at levels 1
/// (negative: yes is bad), 3, 5 and 7. Counts of "all" and "at least half" leave not-applicable indicators out.
/// Only the indicators needed to reach a decision must be answered: observers may record more, above the level
/// reached, for the full picture, but those never raise the score.
public static class EnvironmentRatingRule
{
    /// The item's score and the indicator that decided it, or a reason it cannot be scored (an indicator the
    /// decision needs is unanswered, or answered not applicable where the instrument does not allow it).
    public static IndicatorScore Score(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyDictionary<string, IndicatorAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(answers);

        foreach (var (code, answer) in answers)
        {
            var indicator = indicators.FirstOrDefault(i => i.Code == code);
            if (indicator is null)
                return IndicatorScore.Cannot($"indicator {code} is not one of this item's indicators.");
            if (answer == IndicatorAnswer.NotApplicable && !indicator.NotApplicableAllowed)
                return IndicatorScore.Cannot($"indicator {code} cannot be not applicable.");
        }

        // One level 1 indicator answered yes settles the item at 1, whatever the others say or lack.
        var negative = Level(indicators, 1);
        if (negative.FirstOrDefault(i => answers.TryGetValue(i.Code, out var answer) && answer == IndicatorAnswer.Yes) is { } bad)
            return new IndicatorScore(1, bad.Code, $"indicator {bad.Code} is yes (a level 1 indicator)");
        if (Missing(negative, answers) is { } missing1)
            return IndicatorScore.Cannot($"indicator {missing1} needs an answer.");

        // Levels 3, 5 and 7 in turn: all yes moves up to the next; at least half gives the score between.
        var score = 1;
        string? decidedBy = null;
        foreach (var level in new[] { 3, 5, 7 })
        {
            var positive = Level(indicators, level);
            if (Missing(positive, answers) is { } missing)
                return IndicatorScore.Cannot($"indicator {missing} needs an answer.");
            var applicable = positive.Where(i => answers[i.Code] != IndicatorAnswer.NotApplicable).ToList();
            var yes = applicable.Count(i => answers[i.Code] == IndicatorAnswer.Yes);
            var firstNo = applicable.FirstOrDefault(i => answers[i.Code] == IndicatorAnswer.No);
            if (firstNo is null)
            {
                score = level;
                decidedBy = applicable.LastOrDefault()?.Code ?? decidedBy;
                continue;
            }

            var half = yes * 2 >= applicable.Count;
            var result = half ? level - 1 : score;
            var reason = half
                ? $"{yes} of {applicable.Count} level {level} indicators are yes, but not all ({firstNo.Code} is no)"
                : $"fewer than half of the level {level} indicators are yes ({yes} of {applicable.Count})";
            return new IndicatorScore(result, firstNo.Code, reason);
        }

        return new IndicatorScore(score, decidedBy, "every indicator up to level 7 is yes");
    }

    private static List<IndicatorDefinition> Level(IReadOnlyList<IndicatorDefinition> indicators, int level) =>
        [.. indicators.Where(i => i.Level == level).OrderBy(i => i.Number)];

    private static string? Missing(List<IndicatorDefinition> indicators, IReadOnlyDictionary<string, IndicatorAnswer> answers) =>
        indicators.FirstOrDefault(i => !answers.ContainsKey(i.Code))?.Code;
}

/// An item's score from its indicators: Score is null when it cannot be scored, and Reason says why; otherwise
/// DecidedBy names the indicator that settled it and Reason says how, in words a person can check.
public sealed record IndicatorScore(int? Score, string? DecidedBy, string Reason)
{
    public static IndicatorScore Cannot(string reason) => new(null, null, reason);
}
