namespace Ascent.Web.Domain.Instruments;

/// A checklist audit's counts: met, partly met, not met, not applicable and not answered. The share met is of the
/// items that apply (answered and not "not applicable"); partly met does not count as met.
public sealed record ChecklistFigures(int Met, int PartlyMet, int NotMet, int NotApplicable, int Unanswered)
{
    public int Applicable => Met + PartlyMet + NotMet;

    /// The share met as a percentage to 2 decimal places (the audit's headline Total), or null when nothing applies.
    public decimal? PercentMet => Applicable == 0 ? null : Math.Round(100m * Met / Applicable, 2, MidpointRounding.AwayFromZero);

    /// "7 of 12 met (58%)".
    public string Summary => PercentMet is { } percent
        ? $"{Met} of {Applicable} met ({Math.Round(percent, 0, MidpointRounding.AwayFromZero):0}%)"
        : "No item applies";

    public static ChecklistFigures Of(IEnumerable<ChecklistAnswer?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var list = answers.ToList();
        return new(list.Count(a => a == ChecklistAnswer.Met), list.Count(a => a == ChecklistAnswer.PartlyMet), list.Count(a => a == ChecklistAnswer.NotMet),
            list.Count(a => a == ChecklistAnswer.NotApplicable), list.Count(a => a is null));
    }

    /// A checklist answer in words, lower case after the first letter.
    public static string Describe(ChecklistAnswer answer) => answer switch
    {
        ChecklistAnswer.Met => "Met",
        ChecklistAnswer.PartlyMet => "Partly met",
        ChecklistAnswer.NotMet => "Not met",
        _ => "Not applicable",
    };
}
