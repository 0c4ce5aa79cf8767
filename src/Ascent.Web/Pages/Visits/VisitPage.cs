using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits;

/// What the visit pages share: loading a visit the signed-in person may see (the query filters decide which), and
/// who they are to it.
public abstract class VisitPage(AppDbContext db) : PageModel
{
    protected AppDbContext Db => db;

    public Visit Visit { get; private set; } = null!;

    /// LA staff plan, change and write up visits; a setting's people see their own.
    public bool IsLocalAuthority => db.CurrentUser.SettingId == null;

    /// The setting's owner or manager: prepares, cancels on the setting's behalf, acknowledges notes.
    public bool IsSettingLeader => db.CurrentUser.SettingId != null
        && (db.CurrentUser.IsInRole(Roles.SettingOwner) || db.CurrentUser.IsInRole(Roles.SettingManager));

    /// The version of what the form edits when it was loaded (the visit; on the note page, the note): a save from a
    /// stale form is refused.
    [BindProperty]
    public int Version { get; set; }

    /// Saves a change to the visit. When someone else changed it since the form was loaded, nothing is saved: the
    /// visit is reloaded, the person's own input stays in the form, and the conflict is shown on the given field.
    /// Returns the page to show then, or null when saved.
    protected async Task<IActionResult?> SaveVisitAsync(int id, string field, string conflict, Func<int, CancellationToken, Task<bool>> reload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reload);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await reload(id, cancellationToken);
            Version = Visit.Version;
            ModelState.AddModelError(field, conflict);
            return Page();
        }
    }

    protected async Task<bool> LoadVisitAsync(int id, CancellationToken cancellationToken, bool track = true)
    {
        var query = db.Visits.Include(v => v.Setting).Include(v => v.Attendees).Include(v => v.Documents.OrderBy(d => d.UploadedAt)).AsSplitQuery();
        var visit = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (visit is null)
            return false;
        Visit = visit;
        return true;
    }
}
