using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Improvement.Plan;

/// The plan's steps as CSV (the default) or XLSX.
public sealed class ExportModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PlanPage(db, time, frameworks)
{
    [BindProperty(SupportsGet = true)]
    public string Format { get; set; } = "csv";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        var goals = await AllGoalsAsync(cancellationToken);
        var xlsx = Format == "xlsx";
        var stream = new MemoryStream();
        await PlanExport.WriteAsync(goals, Frameworks, xlsx ? "xlsx" : "csv", stream, cancellationToken);
        stream.Position = 0;
        var name = $"improvement-plan-steps-{Today:yyyy-MM-dd}";
        return xlsx
            ? File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(stream, "text/csv", name + ".csv");
    }
}
