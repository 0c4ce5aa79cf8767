using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Services.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Screening;

/// Each room's Leuven rounds over time, from the rounds' aggregates only (never a child's row, so the local
/// authority's charts read the same): mean involvement, mean well-being (each on its own, never added together),
/// and the share of children in the red band with its own denominator for a P chart.
public sealed class ScreeningChartSource(AppDbContext db) : IChartSeriesSource
{
    public async Task<IReadOnlyList<MeasureSeries>> ForSettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var rounds = await db.ScreeningRounds.AsNoTracking()
            .Where(r => r.SettingId == settingId && r.Screened > 0)
            .OrderBy(r => r.HeldOn).ThenBy(r => r.Id)
            .Select(r => new { r.RoomId, r.HeldOn, r.Screened, r.Red, r.WellBeingMean, r.InvolvementMean })
            .ToListAsync(cancellationToken);
        if (rounds.Count == 0)
            return [];
        var roomIds = rounds.Select(r => r.RoomId).Distinct().ToList();
        var rooms = await db.Rooms.AsNoTracking().Where(r => roomIds.Contains(r.Id)).OrderBy(r => r.Name)
            .Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var series = new List<MeasureSeries>();
        foreach (var room in rooms)
        {
            var ofRoom = rounds.Where(r => r.RoomId == room.Id).ToList();
            series.Add(new MeasureSeries($"leuven:involvement:room-{room.Id}", $"Mean involvement: {room.Name}",
                "The mean Leuven involvement level (1 to 5) of the children screened in each round.", ChartKind.Run,
                [.. ofRoom.Select(r => new SeriesPoint(r.HeldOn, r.InvolvementMean!.Value))]));
            series.Add(new MeasureSeries($"leuven:wellbeing:room-{room.Id}", $"Mean well-being: {room.Name}",
                "The mean Leuven well-being level (1 to 5) of the children screened in each round.", ChartKind.Run,
                [.. ofRoom.Select(r => new SeriesPoint(r.HeldOn, r.WellBeingMean!.Value))]));
            series.Add(new MeasureSeries($"leuven:red:room-{room.Id}", $"Children in the red band: {room.Name}",
                "The share of the children screened in each round who scored below 3 on either scale.", ChartKind.P,
                [.. ofRoom.Select(r => new SeriesPoint(r.HeldOn, Math.Round((decimal)r.Red / r.Screened, 4), r.Red, r.Screened))]));
        }

        return series;
    }
}
