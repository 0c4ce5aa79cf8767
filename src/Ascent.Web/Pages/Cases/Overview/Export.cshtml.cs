using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Cases.Overview;

[Authorize(Policy = Policies.ManageCases)]
public sealed class ExportModel(CaseExport export, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Format { get; set; } = "csv";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var stream = new MemoryStream();
        var xlsx = Format == "xlsx";
        await export.WriteAsync(tenantId: null, xlsx ? "xlsx" : "csv", stream, cancellationToken);
        stream.Position = 0;
        var name = $"open-cases-{time.GetUtcNow():yyyy-MM-dd}";
        return xlsx
            ? File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(stream, "text/csv", name + ".csv");
    }
}
