namespace Ascent.Web.Domain.Instruments;

/// An item's indicators as an observer ticks them (yes, no, not applicable), checked against the item before
/// EnvironmentRatingRule scores them. Answering is allowed in any order: an item whose deciding indicators are not
/// all answered yet is simply not scored; a not applicable where the indicator does not allow it, or an indicator
/// the item does not have, is an error naming the item, and nothing of the item is saved.
public static class IndicatorEntry
{
    public const string Yes = "yes";
    public const string No = "no";

    public static string Token(IndicatorAnswer answer) => answer switch
    {
        IndicatorAnswer.Yes => Yes,
        IndicatorAnswer.No => No,
        _ => ItemAnswer.NotApplicableToken,
    };

    /// The answers given (blank tokens left out), or null with an error naming the item and indicator.
    public static Dictionary<string, IndicatorAnswer>? Parse(InstrumentItem item, IReadOnlyDictionary<string, string?> tokens, out string? error)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(tokens);
        error = null;
        var answers = new Dictionary<string, IndicatorAnswer>(StringComparer.Ordinal);
        foreach (var (code, raw) in tokens)
        {
            var token = raw?.Trim().ToLowerInvariant() ?? "";
            if (token.Length == 0)
                continue;
            var indicator = item.Indicators.FirstOrDefault(i => i.Code == code);
            if (indicator is null)
            {
                error = $"{ItemAnswer.Name(item)}: indicator {code} is not one of this item's indicators";
                return null;
            }

            IndicatorAnswer? answer = token switch
            {
                Yes => IndicatorAnswer.Yes,
                No => IndicatorAnswer.No,
                ItemAnswer.NotApplicableToken => IndicatorAnswer.NotApplicable,
                _ => null,
            };
            if (answer is null)
            {
                error = $"{ItemAnswer.Name(item)}: answer indicator {code} yes, no{(indicator.NotApplicableAllowed ? " or not applicable" : "")}";
                return null;
            }

            if (answer == IndicatorAnswer.NotApplicable && !indicator.NotApplicableAllowed)
            {
                error = $"{ItemAnswer.Name(item)}: indicator {code} cannot be not applicable";
                return null;
            }

            answers[code] = answer.Value;
        }

        return answers;
    }

    /// The item's score from its indicators: a score and the indicator that decided it, or no score yet and why.
    public static IndicatorScore Score(InstrumentItem item, IReadOnlyDictionary<string, IndicatorAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(item);
        return EnvironmentRatingRule.Score(item.Indicators, answers);
    }
}
