using System.Globalization;

namespace Ascent.Web.Domain.Instruments;

/// Improvement-plan goals an audit's results suggest. Rating scales: the items below good (5), lowest first, at most
/// five, and the lowest subscale when its mean is below good. Checklists: every item not met, then every item partly
/// met, in the instrument's order: each of those is a requirement, so none is left out.
public static class GoalSuggestions
{
    public const int MaxItems = 5;

    /// Suggestions from a rating audit's item scores (keyed by item number) and its subscale means.
    public static IReadOnlyList<GoalSuggestion> ForRating(InstrumentDefinition instrument, IReadOnlyDictionary<string, int?> scores, RatingScores means, string nextTime)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(means);
        var items = instrument.Items.Select((item, order) => (item, order, score: scores.GetValueOrDefault(item.Number)))
            .Where(x => x.score < ScoreBands.Good)
            .OrderBy(x => x.score).ThenBy(x => x.order).Take(MaxItems)
            .Select(x => new GoalSuggestion(
                ItemKey(x.item.Number),
                $"Item {x.item.Number} {x.item.Name}",
                $"Raise '{x.item.Name}' from {ScoreBands.Describe(x.score!.Value)} to at least {ScoreBands.Describe(ScoreBands.Good)}",
                $"Item {x.item.Number} '{x.item.Name}' scores {ScoreBands.Good} or more {nextTime}.",
                $"Item {x.item.Number} '{x.item.Name}' scored {ScoreBands.Describe(x.score!.Value)}.",
                x.score <= 2))
            .ToList();

        var lowest = instrument.Subscales.Select((subscale, order) => (subscale, order, mean: means.Subscales.GetValueOrDefault(subscale.Code)))
            .Where(x => x.mean < ScoreBands.Good)
            .OrderBy(x => x.mean).ThenBy(x => x.order).FirstOrDefault();
        if (lowest.subscale is { } subscale)
        {
            var mean = lowest.mean!.Value;
            items.Add(new GoalSuggestion(
                SubscaleKey(subscale.Code),
                $"Subscale: {subscale.Name}",
                $"Raise '{subscale.Name}' from {ScoreBands.Describe(mean)} to at least {ScoreBands.Good.ToString("0.00", CultureInfo.InvariantCulture)} ({ScoreBands.Name(ScoreBand.Good)})",
                $"The mean of the '{subscale.Name}' items is {ScoreBands.Good.ToString("0.00", CultureInfo.InvariantCulture)} or more {nextTime}.",
                $"'{subscale.Name}' is the lowest subscale, with a mean of {ScoreBands.Describe(mean)}.",
                mean < 3));
        }

        return items;
    }

    /// Suggestions from a checklist's answers (keyed by item number): not met first, then partly met.
    public static IReadOnlyList<GoalSuggestion> ForChecklist(InstrumentDefinition instrument, IReadOnlyDictionary<string, ChecklistAnswer?> answers, string nextTime)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        return [.. instrument.Items.Select((item, order) => (item, order, answer: answers.GetValueOrDefault(item.Number)))
            .Where(x => x.answer is ChecklistAnswer.NotMet or ChecklistAnswer.PartlyMet)
            .OrderBy(x => x.answer == ChecklistAnswer.NotMet ? 0 : 1).ThenBy(x => x.order)
            .Select(x => new GoalSuggestion(
                ItemKey(x.item.Number),
                $"Item {x.item.Number} {x.item.Name}",
                $"Fully meet: {x.item.Name}",
                $"Item {x.item.Number} is met, with the evidence seen, {nextTime}.",
                $"Item {x.item.Number} '{x.item.Name}' was {ChecklistFigures.Describe(x.answer!.Value).ToLowerInvariant()}.",
                x.answer == ChecklistAnswer.NotMet))];
    }

    public static string ItemKey(string number) => "item-" + number;

    public static string SubscaleKey(string code) => "subscale-" + code;
}

/// One suggested goal: Key says which item or subscale it is about (unique within an audit, so a suggestion is
/// accepted into the plan only once); Outcome, SuccessMeasure and Issue are the goal's words; High is its priority.
public sealed record GoalSuggestion(string Key, string About, string Outcome, string SuccessMeasure, string Issue, bool High);
