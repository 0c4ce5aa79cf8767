namespace Ascent.Web.Domain.Instruments;

/// What finishing an audit needs: every item answered (Missing lists the rest, in the instrument's order) and the
/// headline result kept on the audit (Audit.Total): the mean of the scored items for a rating scale (ScoreMeans, 2
/// decimal places), the percentage of applicable items met for a checklist (partly met is not met).
public static class AuditScoring
{
    public static IReadOnlyList<InstrumentItem> Missing(InstrumentDefinition instrument, IReadOnlyDictionary<string, ItemAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        return [.. instrument.Items.Where(i => !answers.GetValueOrDefault(i.Number).IsAnswered)];
    }

    public static decimal? Total(InstrumentDefinition instrument, IReadOnlyDictionary<string, ItemAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        return instrument.Scoring switch
        {
            ScoringRule.EnvironmentRating => ScoreMeans.Of(instrument, instrument.Items.ToDictionary(i => i.Number, i => answers.GetValueOrDefault(i.Number).Score, StringComparer.Ordinal)).Total,
            ScoringRule.Checklist => ChecklistFigures.Of(instrument.Items.Select(i => ChecklistOf(answers.GetValueOrDefault(i.Number)))).PercentMet,
            _ => null,
        };
    }

    private static ChecklistAnswer? ChecklistOf(ItemAnswer answer) => answer.NotApplicable ? ChecklistAnswer.NotApplicable : answer.Checklist;

    /// The answers of a sheet, by item number.
    public static Dictionary<string, ItemAnswer> AnswersOf(AuditSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet.Answers.ToDictionary(a => a.ItemNumber, ItemAnswer.Of, StringComparer.Ordinal);
    }

    /// "Total 4.57" or "83.33% met", for lines that show a finished audit's result.
    public static string DescribeTotal(InstrumentDefinition? instrument, decimal? total) =>
        total is not { } value ? "No score"
        : instrument?.Scoring == ScoringRule.Checklist ? $"{value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}% met"
        : $"Total {value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}";
}
