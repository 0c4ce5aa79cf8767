using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Services.Instruments;

/// An audit's subscale scores and total from one sheet, as imports keep them and exports write them: a rating
/// scale's means (ScoreMeans), a checklist's share met (the percentage of its applicable, answered items that are
/// met, to 2 decimal places; partly met is not met).
public sealed record SheetScores(IReadOnlyDictionary<string, decimal?> Subscales, decimal? Total);

public static class AuditExportScores
{
    public static SheetScores Of(InstrumentDefinition instrument, AuditSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(sheet);
        if (instrument.Scoring == ScoringRule.Checklist)
        {
            decimal? Share(IEnumerable<InstrumentItem> items)
            {
                var answered = items.Select(i => sheet.Answer(i.Number)?.Checklist)
                    .Where(a => a is ChecklistAnswer.Met or ChecklistAnswer.PartlyMet or ChecklistAnswer.NotMet).ToList();
                return answered.Count == 0 ? null
                    : Math.Round(100m * answered.Count(a => a == ChecklistAnswer.Met) / answered.Count, 2, MidpointRounding.AwayFromZero);
            }

            return new(instrument.Subscales.ToDictionary(s => s.Code, s => Share(s.Items), StringComparer.Ordinal), Share(instrument.Items));
        }

        var scores = instrument.Items.ToDictionary(i => i.Number, i => sheet.Answer(i.Number) is { NotApplicable: false } a ? a.Score : null, StringComparer.Ordinal);
        var means = ScoreMeans.Of(instrument, scores);
        return new(means.Subscales, means.Total);
    }
}
