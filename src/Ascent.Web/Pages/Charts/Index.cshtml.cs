using Ascent.Web.Data;
using Ascent.Web.Services.Charts;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Charts;

/// Every chart of a setting, from every area that measures something over time, each with its summary and a link to
/// its own page (its data table, its controls) and to the table as CSV; the setting's own measures and the changes
/// marked on its charts.
public sealed class IndexModel(AppDbContext db, TimeProvider time, SettingCharts charts) : ChartsPage(db, time)
{
    public IReadOnlyList<SettingChart> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        Charts = await charts.ForSettingAsync(id, cancellationToken);
        return Page();
    }

    /// Every chart's table in one file, as `export charts` writes it.
    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        var all = await charts.ForSettingAsync(id, cancellationToken);
        var file = new MemoryStream();
        await ChartCsv.WriteAsync(all, file, cancellationToken);
        return File(file.ToArray(), "text/csv; charset=utf-8", $"charts-{Setting.Reference}.csv");
    }
}
