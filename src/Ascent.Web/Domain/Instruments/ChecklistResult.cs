using System.Globalization;

namespace Ascent.Web.Domain.Instruments;

/// The result of a checklist audit: how many items were met, partly met, not met and not applicable, and the share
/// met. The share is met items over the items answered other than not applicable; partly met counts as not met for
/// it (practice that is there only some of the time is not yet met), and the result's text says so.
public sealed record ChecklistResult(int Met, int PartlyMet, int NotMet, int NotApplicable, int Unanswered)
{
    /// Items that count towards the share: every answered item except those not applicable.
    public int Applicable => Met + PartlyMet + NotMet;

    /// Met items as a fraction of applicable ones (0 to 1, to 4 decimal places), or null when none applies.
    public decimal? ShareMet => Applicable == 0 ? null : Math.Round((decimal)Met / Applicable, 4, MidpointRounding.AwayFromZero);

    /// The share met as a whole percentage ("83%"), or null when none applies.
    public int? PercentMet => Applicable == 0 ? null : (int)Math.Round(100m * Met / Applicable, 0, MidpointRounding.AwayFromZero);

    /// The counts from every item's answer; null is an item not answered yet.
    public static ChecklistResult Of(IEnumerable<ChecklistAnswer?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var list = answers.ToList();
        return new ChecklistResult(
            list.Count(a => a == ChecklistAnswer.Met),
            list.Count(a => a == ChecklistAnswer.PartlyMet),
            list.Count(a => a == ChecklistAnswer.NotMet),
            list.Count(a => a == ChecklistAnswer.NotApplicable),
            list.Count(a => a is null));
    }

    /// The result in a sentence: "15 of 18 items met (83%). Partly met (2) counts as not met. 1 item not applicable."
    public string Describe()
    {
        if (Applicable == 0)
            return Unanswered > 0 ? $"No item answered yet: {Plural(Unanswered, "item")} to answer." : "Every item is not applicable: there is no share met.";
        var parts = new List<string> { $"{Met} of {Plural(Applicable, "item")} met ({PercentMet!.Value.ToString(CultureInfo.InvariantCulture)}%)." };
        if (PartlyMet > 0)
            parts.Add($"Partly met ({PartlyMet}) counts as not met.");
        if (NotApplicable > 0)
            parts.Add($"{Plural(NotApplicable, "item")} not applicable, left out.");
        if (Unanswered > 0)
            parts.Add($"{Plural(Unanswered, "item")} not answered yet.");
        return string.Join(" ", parts);
    }

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
