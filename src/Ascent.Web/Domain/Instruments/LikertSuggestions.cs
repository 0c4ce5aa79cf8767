using System.Globalization;

namespace Ascent.Web.Domain.Instruments;

/// Improvement-plan goals suggested by a questionnaire round: the statements fewest people agreed with, lowest share
/// agreeing first (then lowest mean), at most MaxSuggestions of them, and only those where fewer than TargetPercent
/// agreed. Each comes with the words of a goal: what to raise, the evidence, and how success will be measured.
public static class LikertSuggestions
{
    public const int MaxSuggestions = 3;

    /// The share agreeing a suggested goal aims for at the next round.
    public const int TargetPercent = 75;

    public static IReadOnlyList<LikertSuggestion> From(LikertResults results, string roundName)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.Items
            .Where(i => i.Figures.PercentAgreeing < TargetPercent)
            .OrderBy(i => i.Figures.ShareAgreeing)
            .ThenBy(i => i.Figures.Mean)
            .ThenBy(i => results.Instrument.Items.ToList().IndexOf(i.Item))
            .Take(MaxSuggestions)
            .Select(i => Suggest(results, i, roundName))];
    }

    private static LikertSuggestion Suggest(LikertResults results, LikertItemResult item, string roundName)
    {
        var figures = item.Figures;
        var statement = item.Item.Name.TrimEnd('.');
        var mean = figures.Mean!.Value.ToString("0.00", CultureInfo.InvariantCulture);
        var max = results.Instrument.Scale.Max.ToString(CultureInfo.InvariantCulture);
        return new LikertSuggestion(
            item.Item.Number,
            item.Item.Name,
            $"More people agree that ‘{statement}’: from {figures.PercentAgreeing}% to at least {TargetPercent}%",
            string.Create(CultureInfo.InvariantCulture, $"In the {roundName}, {figures.Agreeing} of {figures.Answered} people who answered agreed that ‘{statement}’ ({figures.PercentAgreeing}%; mean {mean} out of {max})."),
            $"At least {TargetPercent}% agree at the next {results.Instrument.Name.ToLower(CultureInfo.CurrentCulture)}");
    }
}

/// A suggested goal: the item it comes from, and the goal's outcome, issue and success measure.
public sealed record LikertSuggestion(string ItemNumber, string ItemName, string Outcome, string Issue, string SuccessMeasure)
{
    /// The suggestion's key among its audit's accepted goals (AuditGoal.SuggestionKey), as for an audit's item.
    public string Key => GoalSuggestions.ItemKey(ItemNumber);
}
