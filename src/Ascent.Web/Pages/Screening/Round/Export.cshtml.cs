using Ascent.Web.Data;
using Ascent.Web.Services.Screening;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Screening.Round;

/// A round's scores as CSV, for the setting's own staff only (anyone else: not found). Names only when asked for.
public sealed class ExportModel(AppDbContext db, TimeProvider time, ScreeningExport export) : ScreeningPage(db, time)
{
    public async Task<IActionResult> OnGetAsync(int id, bool names, CancellationToken cancellationToken)
    {
        if (!await LoadRoundAsync(id, cancellationToken) || !CanEdit)
            return NotFound();
        var csv = await export.CsvAsync(Round, names, cancellationToken);
        return File(csv, "text/csv", ScreeningExport.FileName(Round, Room.Name));
    }
}
