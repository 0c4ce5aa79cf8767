using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Imports;

/// The rejected rows of an import as CSV: file, line, reason, then the row as it was, to correct and send again.
public sealed class RejectedModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await db.ImportRuns.AnyAsync(r => r.Id == id))
            return NotFound();
        var csv = new StringBuilder("File,Line,Reason,Row\r\n");
        await foreach (var row in db.ImportRejectedRows.AsNoTracking().Where(r => r.ImportRunId == id).OrderBy(r => r.Id).AsAsyncEnumerable())
            csv.Append(Csv.Field(row.FileName)).Append(',').Append(row.LineNumber).Append(',').Append(Csv.Field(row.Reason)).Append(',').Append(Csv.Field(row.RawLine)).Append("\r\n");
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv", $"import-{id}-rejected-rows.csv");
    }
}
