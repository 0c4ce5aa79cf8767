using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Charts;

/// The measures a setting defines and enters itself, one series each.
public sealed class OwnMeasureSeries(AppDbContext db) : IChartSeriesSource
{
    public async Task<IReadOnlyList<MeasureSeries>> ForSettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking().Include(m => m.Values)
            .Where(m => m.SettingId == settingId).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        return [.. measures.Select(m => m.ToSeries())];
    }
}
