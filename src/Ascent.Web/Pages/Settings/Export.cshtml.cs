using Ascent.Web.Services.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Settings;

/// The settings list as it is filtered on screen, as a CSV or XLSX file.
public sealed class ExportModel(SettingsExport export, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SettingsFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string Format { get; set; } = "csv";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var stream = new MemoryStream();
        var name = $"settings-{time.GetUtcNow():yyyy-MM-dd}";
        if (Format == "xlsx")
        {
            await export.WriteXlsxAsync(Filter, stream, cancellationToken);
            stream.Position = 0;
            return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        }

        await export.WriteCsvAsync(Filter, stream, cancellationToken);
        stream.Position = 0;
        return File(stream, "text/csv", name + ".csv");
    }
}
