using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Charts;

/// The totals of a setting's finished audits over the dates they were observed: one series per instrument and room
/// (the whole setting's audits are a series of their own). An I chart by default: one total per audit.
public sealed class AuditTotalSeries(AppDbContext db, InstrumentDefinitions instruments) : IChartSeriesSource
{
    public async Task<IReadOnlyList<MeasureSeries>> ForSettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var totals = await db.Audits.AsNoTracking()
            .Where(a => a.SettingId == settingId && a.Status == AuditStatus.Finished && a.Total != null)
            .Select(a => new { a.InstrumentCode, a.RoomId, a.ObservedOn, Total = a.Total!.Value })
            .ToListAsync(cancellationToken);
        if (totals.Count == 0)
            return [];
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.SettingId == settingId).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var series = new List<MeasureSeries>();
        foreach (var group in totals.GroupBy(t => (t.InstrumentCode, t.RoomId)).OrderBy(g => g.Key.InstrumentCode, StringComparer.Ordinal).ThenBy(g => g.Key.RoomId))
        {
            var instrument = await instruments.CurrentAsync(group.Key.InstrumentCode, cancellationToken);
            var name = instrument?.Name ?? "An instrument no longer available";
            var where = group.Key.RoomId is { } roomId ? rooms.GetValueOrDefault(roomId, "a room") : "whole setting";
            var room = group.Key.RoomId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "setting";
            // Two audits on one day (two rooms observed together are two series; a repeat is one point): their mean.
            var points = group.GroupBy(t => t.ObservedOn).OrderBy(d => d.Key)
                .Select(d => new SeriesPoint(d.Key, Math.Round(d.Average(t => t.Total), 2)))
                .ToList();
            series.Add(new MeasureSeries($"audit:{group.Key.InstrumentCode}:{room}", $"{name}: total ({where})",
                "The total of each finished audit, on the date it was observed.", ChartKind.I, points));
        }

        return series;
    }
}
