using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Charts;

/// One chart of a setting, computed: the chart, its plain-English summary, the annotations it shows (its own and the
/// setting's for every chart), and the measure behind it when it is the setting's own.
public sealed record SettingChart(Chart Chart, IReadOnlyList<string> Summary, IReadOnlyList<ChartAnnotation> Annotations, int? MeasureId)
{
    public string Key => Chart.Series.Key;

    public string Name => Chart.Series.Name;
}

/// Every chart of a setting: asks each IChartSeriesSource for its series, applies each chart's controls (a measure's
/// own, or the ChartControls kept by series key) and computes it. Reads through the query filters, so a person sees
/// only the charts of settings they may see.
public sealed class SettingCharts(AppDbContext db, IEnumerable<IChartSeriesSource> sources)
{
    public async Task<IReadOnlyList<SettingChart>> ForSettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var series = new List<MeasureSeries>();
        foreach (var source in sources)
            series.AddRange(await source.ForSettingAsync(settingId, cancellationToken));
        return await ChartAsync(settingId, series, cancellationToken);
    }

    /// One chart by its series key, or null when the setting has no such series.
    public async Task<SettingChart?> OneAsync(int settingId, string key, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            var found = (await source.ForSettingAsync(settingId, cancellationToken)).FirstOrDefault(s => s.Key == key);
            if (found is not null)
                return (await ChartAsync(settingId, [found], cancellationToken))[0];
        }

        return null;
    }

    /// Two queries at most beside the sources': the controls kept for series that do not keep their own (only when
    /// there are such series), and the setting's annotations.
    private async Task<IReadOnlyList<SettingChart>> ChartAsync(int settingId, List<MeasureSeries> series, CancellationToken cancellationToken)
    {
        var keys = series.Where(s => s.Options is null).Select(s => s.Key).ToList();
        var controls = keys.Count == 0 ? new Dictionary<string, ChartControls>(StringComparer.Ordinal)
            : await db.ChartControls.AsNoTracking().Include(c => c.Marks)
                .Where(c => c.SettingId == settingId && keys.Contains(c.SeriesKey))
                .ToDictionaryAsync(c => c.SeriesKey, StringComparer.Ordinal, cancellationToken);
        var annotations = await db.ChartAnnotations.AsNoTracking().Where(a => a.SettingId == settingId)
            .OrderBy(a => a.Date).ThenBy(a => a.Id).ToListAsync(cancellationToken);

        var charts = new List<SettingChart>(series.Count);
        foreach (var one in series)
        {
            var options = one.Options
                ?? (controls.TryGetValue(one.Key, out var kept) ? kept.ToOptions(one.DefaultChart) : new ChartOptions(one.DefaultChart));
            var chart = ChartCalculator.Calculate(one, options);
            var shown = annotations.Where(a => a.SeriesKey == null || a.SeriesKey == one.Key).ToList();
            charts.Add(new SettingChart(chart, ChartSummary.Describe(chart), shown, Measure.IdOfSeriesKey(one.Key)));
        }

        return charts;
    }
}
