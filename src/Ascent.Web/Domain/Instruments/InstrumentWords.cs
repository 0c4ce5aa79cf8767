namespace Ascent.Web.Domain.Instruments;

/// What an instrument records and how it scores, in words for the pages (never the file's codes).
public static class InstrumentWords
{
    public static string Level(InstrumentLevel level) => level switch
    {
        InstrumentLevel.Setting => "The whole setting",
        InstrumentLevel.Room => "A room or group",
        InstrumentLevel.Child => "Each child",
        _ => "Each person answering",
    };

    /// The rule's short name, for a table column.
    public static string Rule(ScoringRule rule) => rule switch
    {
        ScoringRule.EnvironmentRating => "Items 1 to 7, subscale and total means",
        ScoringRule.Leuven => "Well-being and involvement 1 to 5, read separately",
        ScoringRule.Checklist => "Met, partly met or not met; the share met",
        _ => "Agreement: counts, means and the share agreeing",
    };

    /// How answers become scores, in full, as the instrument's page explains it.
    public static IReadOnlyList<string> RuleExplained(InstrumentDefinition instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.Scoring switch
        {
            ScoringRule.EnvironmentRating =>
            [
                "Each item is scored from 1 (inadequate) to 7 (excellent). An observer either enters the item's score or, where the instrument has indicators, answers yes or no to each indicator and Ascent works the score out.",
                "From indicators: the item scores 1 if any level 1 indicator is yes (these describe poor practice). It scores 2 if none at level 1 is yes and at least half at level 3 are yes; 3 if all at level 3 are yes; 4 if, as well, at least half at level 5 are yes; 5 if all at level 5 are yes; 6 if, as well, at least half at level 7 are yes; 7 if all at level 7 are yes.",
                "Indicators answered above the level reached are kept for the full picture but never raise the score. Not applicable is allowed only on the indicators and items the instrument allows it for, and those are left out when counting \"all\" and \"half\".",
                "A subscale's score is the mean of its scored items and the total is the mean of all scored items, to 2 decimal places; items not applicable or not scored are left out.",
                instrument.TwoObservers
                    ? "Two observers may each record their own scores; the final score for each item is agreed by discussion, never averaged."
                    : "One observer records the scores.",
            ],
            ScoringRule.Leuven =>
            [
                $"Each child is given a level from {instrument.Scale.Min} to {instrument.Scale.Max} for well-being and, separately, for involvement. The two are never added together.",
                "Red: a level below 3 on either scale. Amber: a level of 3 on either scale and none below. Green: 4 or 5 on both. Red and amber children get closer observation and an action point of their own; the room's picture leads to action points for the room.",
            ],
            ScoringRule.Checklist =>
            [
                "Each item is marked met, partly met or not met, or not applicable where the item allows it.",
                "The result is the share of items met, out of the items that apply. Partly met counts as not met for the share, so practice that is there only some of the time is not yet counted as met.",
            ],
            _ =>
            [
                $"Each person answers every statement on the scale from {instrument.Scale.Describe(instrument.Scale.Min)} to {instrument.Scale.Describe(instrument.Scale.Max)}, or leaves it unanswered.",
                "Results give, for each statement and each group of respondents, how many chose each answer, the mean, and the share agreeing (the top two points of the scale). Unanswered statements are left out.",
            ],
        };
    }
}
