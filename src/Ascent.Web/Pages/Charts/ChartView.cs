using Ascent.Web.Services.Charts;

namespace Ascent.Web.Pages.Charts;

/// What the chart partial draws: the chart, an id unique on the page (for the SVG's title and description), where its
/// table downloads from, and where the chart's own page is when this one shows several charts. The chart's own page
/// (SeriesHref null) shows the data table; a page of several charts links to it instead, so six charts of five
/// years do not send six tables of sixty rows that nobody asked for.
public sealed record ChartView(SettingChart Chart, string Id, string CsvHref, string? SeriesHref = null)
{
    public bool ShowsTable => SeriesHref is null;
}
