using Ascent.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits;

/// Downloads a document attached to a visit; the query filter limits it to the visit's LA and setting.
public sealed class DocumentModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int documentId, CancellationToken cancellationToken)
    {
        var document = await db.VisitDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.VisitId == id, cancellationToken);
        return document is null ? NotFound() : File(document.Content, document.ContentType, document.FileName);
    }
}
