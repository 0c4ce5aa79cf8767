using Ascent.Web.Data;
using Ascent.Web.Domain.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits.Note;

/// The note as a clean page to print. The setting sees only an issued note (the query filter).
public sealed class PrintModel(AppDbContext db) : PageModel
{
    public Visit Visit { get; private set; } = null!;

    public VisitNote Note { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(db, id, cancellationToken) is not var (visit, note))
            return NotFound();
        (Visit, Note) = (visit, note);
        return Page();
    }

    /// The visit and its whole note, read-only, if the signed-in person may see them.
    public static async Task<(Visit Visit, VisitNote Note)?> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var visit = await db.Visits.AsNoTracking().Include(v => v.Setting).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        var note = visit is null ? null : await db.VisitNotes.AsNoTracking()
            .Include(n => n.Reviews.OrderBy(r => r.Id)).ThenInclude(r => r.Recommendation)
            .Include(n => n.Recommendations).Include(n => n.Actions).ThenInclude(a => a.Goal).Include(n => n.Addenda)
            .AsSplitQuery().FirstOrDefaultAsync(n => n.VisitId == id, cancellationToken);
        return visit is null || note is null ? null : (visit, note);
    }
}
