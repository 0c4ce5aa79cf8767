using Ascent.Web.Data;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Instruments.Transfer;

/// Finished audits' scores as CSV or Excel, the same file as `export audits`: LA staff get their LA's (or one
/// setting's), a setting's staff their own setting's (the query filters decide what anyone sees).
public sealed class ExportModel(AppDbContext db, AuditExport export) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Setting { get; set; }

    public string? SettingName { get; private set; }

    public int Audits { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Setting is { } id)
        {
            SettingName = await db.Settings.Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
            if (SettingName is null)
                return NotFound();
        }

        Audits = await export.CountAsync(new AuditExportFilter(null, Setting), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
            return NotFound();
        if (Setting is { } id && !await db.Settings.AnyAsync(s => s.Id == id, cancellationToken))
            return NotFound();
        var output = new MemoryStream();
        await export.WriteAsync(new AuditExportFilter(null, Setting), format, output, cancellationToken);
        output.Position = 0;
        var type = format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
        return File(output, type, Setting is null ? $"audits.{format}" : $"audits-setting-{Setting}.{format}");
    }
}
