using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Services.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Imports;

/// One import: its progress while it runs (the page refreshes itself), its result, and reverting it.
public sealed class RunModel(AppDbContext db, ImportUndo undo, TimeProvider time) : PageModel
{
    public ImportRun Run { get; private set; } = null!;

    public IReadOnlyList<ImportRejectedRow> FirstRejected { get; private set; } = [];

    /// Why the run cannot be reverted; null when it can.
    public string? CannotRevert { get; private set; }

    public bool ConfirmingRevert { get; private set; }

    public IReadOnlyList<ImportUndo.CaseToReview> Cases { get; private set; } = [];

    /// Running, but its process has not renewed its lease: probably interrupted (the next look marks it).
    public bool SilentSince => Run.Status == ImportStatus.Running && Run.LeaseUntil < time.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(long id, [FromQuery(Name = "revert")] bool revert, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ConfirmingRevert = revert && CannotRevert is null;
        return Page();
    }

    public async Task<IActionResult> OnPostRevertAsync(long id, CancellationToken cancellationToken)
    {
        if (!await db.ImportRuns.AnyAsync(r => r.Id == id, cancellationToken))
            return NotFound();
        try
        {
            await undo.RevertAsync(id, cancellationToken);
        }
        catch (ImportException error)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        return Redirect($"/imports/{id}");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null)
            return false;
        Run = run;
        FirstRejected = await db.ImportRejectedRows.AsNoTracking().Where(r => r.ImportRunId == id).OrderBy(r => r.Id).Take(20).ToListAsync(cancellationToken);
        CannotRevert = await undo.WhyNotAsync(run, cancellationToken);
        if (run.Status == ImportStatus.Reverted)
            Cases = await undo.CasesToReview(id, decided: null).ToListAsync(cancellationToken);
        return true;
    }
}
