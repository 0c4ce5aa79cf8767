using Ascent.Web.Data;
using Ascent.Web.Pages.Shared;
using Ascent.Web.Services.Charts;

namespace Ascent.Web.Pages.Charts;

/// What the charts pages share: the setting (through the query filters, so another LA's or setting's is not found)
/// and whether the signed-in person may change its charts: its own owner or manager, or one of the LA's advisers.
public abstract class ChartsPage(AppDbContext db, TimeProvider time) : SettingWorkPage(db, time)
{
    public bool CanChange => ChartsAccess.ChangeRoles.Any(Db.CurrentUser.IsInRole)
        && (Db.CurrentUser.SettingId == null || Db.CurrentUser.SettingId == Setting.Id);

    public string ChartsHref => $"/settings/{Setting.Id}/charts";

    public string SeriesHref(string key) => $"/settings/{Setting.Id}/charts/series?key={Uri.EscapeDataString(key)}";

    /// What the chart partial needs to draw a chart on its own page: an id unique on the page and where its table
    /// downloads from; the page shows the data table.
    public ChartView ViewOf(SettingChart chart, string id) => new(chart, id, SeriesHref(chart.Key) + "&handler=Csv");

    /// A chart among others: its summary and SVG, with a link to its own page for the data table.
    public ChartView LinkedViewOf(SettingChart chart, string id) => ViewOf(chart, id) with { SeriesHref = SeriesHref(chart.Key) };
}
