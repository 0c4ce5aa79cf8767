using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Charts;

/// Changes a chart's controls: on the measure and its values when the chart is the setting's own measure, otherwise
/// on the ChartControls kept for the setting and series key (made on first use). Every change is audited by
/// AppDbContext like any other.
public sealed class ChartControlsService(AppDbContext db, TimeProvider time)
{
    public async Task DrawAsync(Setting setting, SettingChart chart, ChartKind kind, int? baselinePoints, CancellationToken cancellationToken)
    {
        if (await MeasureAsync(chart, cancellationToken) is { } measure)
            measure.Draw(kind, baselinePoints);
        else
            (await ControlsAsync(setting, chart.Key, cancellationToken)).Draw(kind == chart.Chart.Series.DefaultChart ? null : kind, baselinePoints);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// Leaves the point of a date out of the computations with a reason, or (reason null) puts it back.
    public async Task ExcludeAsync(Setting setting, SettingChart chart, DateOnly date, string? reason, CancellationToken cancellationToken)
    {
        if (await MeasureAsync(chart, cancellationToken) is { } measure)
        {
            measure.Values.First(v => v.Date == date).Exclude(reason);
        }
        else
        {
            (await ControlsAsync(setting, chart.Key, cancellationToken)).Exclude(date, reason);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// Starts a new phase at the point of a date, or (start false) joins it to the phase before.
    public async Task StartPhaseAsync(Setting setting, SettingChart chart, DateOnly date, bool start, CancellationToken cancellationToken)
    {
        if (await MeasureAsync(chart, cancellationToken) is { } measure)
            measure.Values.First(v => v.Date == date).StartPhase(start);
        else
            (await ControlsAsync(setting, chart.Key, cancellationToken)).StartPhase(date, start);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ChartAnnotation> AnnotateAsync(Setting setting, DateOnly date, string text, string? seriesKey, CancellationToken cancellationToken)
    {
        var annotation = new ChartAnnotation(setting, date, text, seriesKey, db.CurrentUser.DisplayName, time.GetUtcNow());
        db.ChartAnnotations.Add(annotation);
        await db.SaveChangesAsync(cancellationToken);
        return annotation;
    }

    public async Task<bool> RemoveAnnotationAsync(int settingId, int annotationId, CancellationToken cancellationToken)
    {
        var annotation = await db.ChartAnnotations.FirstOrDefaultAsync(a => a.Id == annotationId && a.SettingId == settingId, cancellationToken);
        if (annotation is null)
            return false;
        db.ChartAnnotations.Remove(annotation);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<Measure?> MeasureAsync(SettingChart chart, CancellationToken cancellationToken) =>
        chart.MeasureId is { } id ? await db.Measures.Include(m => m.Values).FirstAsync(m => m.Id == id, cancellationToken) : null;

    private async Task<ChartControls> ControlsAsync(Setting setting, string key, CancellationToken cancellationToken)
    {
        var controls = await db.ChartControls.Include(c => c.Marks).FirstOrDefaultAsync(c => c.SettingId == setting.Id && c.SeriesKey == key, cancellationToken);
        if (controls is null)
        {
            controls = new ChartControls(setting, key);
            db.ChartControls.Add(controls);
        }

        return controls;
    }
}
