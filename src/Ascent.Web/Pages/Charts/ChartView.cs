using Ascent.Web.Services.Charts;

namespace Ascent.Web.Pages.Charts;

/// What the chart partial draws: the chart, an id unique on the page (for the SVG's title and description) and
/// where its table downloads from.
public sealed record ChartView(SettingChart Chart, string Id, string CsvHref);
