using Ascent.Web.Domain.Charts;

namespace Ascent.Web.Services.Charts;

/// Something a setting measures over time. Each area that records measures registers one (screenings, audits,
/// questionnaires, the setting's own measures); the charts page asks them all. Tenancy comes from the query
/// filters as everywhere: a source reads only what the signed-in person may see, and for LA staff a child-level
/// source gives aggregates only.
public interface IChartSeriesSource
{
    Task<IReadOnlyList<MeasureSeries>> ForSettingAsync(int settingId, CancellationToken cancellationToken);
}
