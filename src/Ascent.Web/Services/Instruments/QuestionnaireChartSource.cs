using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// Each questionnaire's results over a setting's closed rounds, for its charts: the overall mean per round, and the
/// share agreeing per round with its own numerator and denominator (answers agreeing of answers given) for a P
/// chart. Only aggregates: no response is ever a point. A round is dated by the day it started.
public sealed class QuestionnaireChartSource(AppDbContext db, InstrumentDefinitions definitions) : IChartSeriesSource
{
    public async Task<IReadOnlyList<MeasureSeries>> ForSettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var rounds = await db.QuestionnaireRounds.AsNoTracking()
            .Where(r => r.SettingId == settingId && r.Audit.Status == AuditStatus.Finished)
            .OrderBy(r => r.Audit.ObservedOn).ThenBy(r => r.Id)
            .Select(r => new { r.AuditId, r.Audit.InstrumentCode, r.Audit.InstrumentVersion, r.Audit.ObservedOn, r.Audit.Total })
            .ToListAsync(cancellationToken);
        if (rounds.Count == 0)
            return [];
        var auditIds = rounds.Select(r => r.AuditId).ToList();
        var counts = await db.AuditAnswers.AsNoTracking()
            .Where(a => auditIds.Contains(a.Sheet.AuditId) && a.Sheet.Kind == SheetKind.Respondent && a.Score != null)
            .GroupBy(a => new { a.Sheet.AuditId, a.Score })
            .Select(g => new { g.Key.AuditId, g.Key.Score, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var series = new List<MeasureSeries>();
        foreach (var questionnaire in rounds.GroupBy(r => r.InstrumentCode))
        {
            var current = await definitions.CurrentAsync(questionnaire.Key, cancellationToken);
            var name = current?.Name ?? "Questionnaire";
            var scale = current?.Scale;
            var means = new List<SeriesPoint>();
            var agreeing = new List<SeriesPoint>();
            foreach (var round in questionnaire)
            {
                var instrument = await definitions.VersionAsync(round.InstrumentCode, round.InstrumentVersion, cancellationToken) ?? current;
                if (instrument is null)
                    continue;
                scale ??= instrument.Scale;
                var answers = counts.Where(c => c.AuditId == round.AuditId && instrument.Scale.Contains(c.Score!.Value)).ToList();
                var answered = answers.Sum(c => c.Count);
                if (round.Total is { } total)
                    means.Add(new SeriesPoint(round.ObservedOn, total));
                if (answered > 0)
                {
                    var agreed = answers.Where(c => c.Score >= LikertResults.AgreeFrom(instrument.Scale)).Sum(c => c.Count);
                    agreeing.Add(new SeriesPoint(round.ObservedOn, Math.Round((decimal)agreed / answered, 4, MidpointRounding.AwayFromZero), agreed, answered));
                }
            }

            series.Add(new MeasureSeries($"questionnaire:{questionnaire.Key}:mean", $"{name}: mean answer",
                $"The mean of every answer given in each round, on the questionnaire's scale{(scale is null ? "" : $" from {Point(scale, scale.Min)} to {Point(scale, scale.Max)}")}.", ChartKind.Run, means));
            series.Add(new MeasureSeries($"questionnaire:{questionnaire.Key}:agreeing", $"{name}: share agreeing",
                $"The share of answers in each round that were {(scale is null ? "" : $"{Label(scale, LikertResults.AgreeFrom(scale))} or {Label(scale, scale.Max)}, ")}the top two points of the scale, of all answers given.", ChartKind.P, agreeing));
        }

        return series;
    }

    // The questionnaire's own labels, so an LA's questionnaire on another scale is described as it is: "1 (strongly disagree)".
    private static string Point(ResponseScale scale, int value)
    {
        var number = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var label = Label(scale, value);
        return label == number ? number : $"{number} ({label})";
    }

    private static string Label(ResponseScale scale, int value) => LikertAnswers.Label(scale, value).ToLower(System.Globalization.CultureInfo.CurrentCulture);
}
