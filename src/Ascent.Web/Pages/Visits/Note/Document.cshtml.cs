using Ascent.Web.Data;
using Ascent.Web.Services.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Visits.Note;

/// The note as a Word document, laid out like the printed note.
public sealed class DocumentModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await PrintModel.LoadAsync(db, id, cancellationToken) is not var (visit, note))
            return NotFound();
        return File(NoteDocument.Create(note, visit), NoteDocument.ContentType, NoteDocument.FileName(visit));
    }
}
