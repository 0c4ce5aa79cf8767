using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation;

/// An LA's own wording of something Ascent ships for one self-evaluation area (its guidance, a question for parents
/// or staff), with the way back to Ascent's. Version 0 in the form means there was no LA wording when the page was
/// opened, so a wording someone else saved meanwhile is never overwritten unseen.
public abstract class OwnWordingPage<TOwn>(AppDbContext db, FrameworkRegistry frameworks) : PageModel
    where TOwn : class
{
    [BindProperty]
    public int Version { get; set; }

    protected AppDbContext Db { get; } = db;

    public Framework Framework { get; private set; } = null!;

    public FrameworkArea Area { get; private set; } = null!;

    public bool IsOwn => Own is not null;

    /// The LA's wording as this request read it, or null while Ascent's stands.
    protected TOwn? Own { get; private set; }

    /// Where a save returns to: the list of the LA's wordings.
    protected abstract string ListPath { get; }

    /// The field a clash with a colleague's save is shown against, and what it says.
    protected abstract (string Field, string Message) Stale { get; }

    protected abstract Task<TOwn?> FindAsync(int tenantId, CancellationToken cancellationToken);

    protected abstract int VersionOf(TOwn own);

    /// The signed-in person's LA, when the framework has this gradable area; null for "not found". Reads the LA's
    /// wording once for the request.
    protected async Task<int?> LoadAsync(string framework, string area, CancellationToken cancellationToken)
    {
        if (Db.CurrentUser.TenantId is not { } tenantId || !frameworks.TryGet(framework, out var found)
            || Evaluation.AreasOf(found).FirstOrDefault(a => a.Code == area) is not { } foundArea)
            return null;
        (Framework, Area) = (found, foundArea);
        Own = await FindAsync(tenantId, cancellationToken);
        return tenantId;
    }

    /// The form's version for the wording it changes: refused when a colleague saved or removed one meanwhile.
    protected bool IsStale => Own is null && Version != 0;

    /// Marks the LA's wording as changed from the version the form was opened on, so a colleague's save in between fails.
    // Every LA wording names its concurrency token Version, as the form does.
    protected void ExpectOpenedVersion() => Db.Entry(Own!).Property(nameof(Version)).OriginalValue = Version;

    /// Back to Ascent's wording: removes the LA's, unless a colleague changed it since the form was opened.
    protected async Task<IActionResult> ResetAsync(int tenantId, string done, string already, CancellationToken cancellationToken)
    {
        if (Own is null)
            return Version == 0 ? Saved(already) : await StaleAsync(tenantId, cancellationToken);
        ExpectOpenedVersion();
        Db.Remove(Own);
        return await SaveAsync(tenantId, done, cancellationToken);
    }

    protected async Task<IActionResult> SaveAsync(int tenantId, string message, CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A stale version, or a first wording saved by someone else at the same moment (the unique index).
            Db.ChangeTracker.Clear();
            return await StaleAsync(tenantId, cancellationToken);
        }

        return Saved(message);
    }

    protected async Task<IActionResult> StaleAsync(int tenantId, CancellationToken cancellationToken)
    {
        Own = await FindAsync(tenantId, cancellationToken);
        Version = Own is null ? 0 : VersionOf(Own);
        // The hidden field would otherwise show the posted (stale) version again and refuse the next save too.
        ModelState.Remove(nameof(Version));
        ModelState.AddModelError(Stale.Field, Stale.Message);
        return Page();
    }

    private RedirectResult Saved(string message)
    {
        TempData["Message"] = message;
        return Redirect(ListPath);
    }
}
