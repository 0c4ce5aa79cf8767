using Ascent.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Evidence;

/// Downloads an evidence file; the query filters limit it to the setting and its LA.
public sealed class FileModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var file = await db.EvidenceItems.AsNoTracking().Where(e => e.Id == id && e.File != null)
            .Select(e => new { e.FileName, e.ContentType, e.File!.Content }).FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType ?? "application/octet-stream", file.FileName);
    }
}
