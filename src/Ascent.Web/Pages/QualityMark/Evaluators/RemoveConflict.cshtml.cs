using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Evaluators;

/// Removes a conflict of interest that no longer stands, with the reason; it stays on the evaluator's page as removed.
/// The coordinators' (QualityMarkAccess).
public sealed class RemoveConflictModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public EvaluatorConflict Conflict { get; private set; } = null!;

    public string EvaluatorName { get; private set; } = "";

    public string SettingName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Version = Conflict.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ConflictForm.CheckReason(ModelState, nameof(Reason), Reason, "Say why the conflict of interest no longer stands");
        if (!Conflict.IsCurrent)
            ModelState.AddModelError(nameof(Reason), $"This conflict of interest was removed by {Conflict.RemovedBy}");
        if (!ModelState.IsValid)
            return Page();
        db.Entry(Conflict).Property(c => c.Version).OriginalValue = Version;
        Conflict.Remove(db.CurrentUser.DisplayName, time.GetUtcNow(), Reason!);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Version = Conflict.Version;
            ModelState.AddModelError(nameof(Reason), "Someone else changed this conflict of interest while you were removing it: check it and try again");
            return Page();
        }

        TempData["Message"] = $"Conflict of interest with {SettingName} removed";
        return Redirect($"/quality-mark/evaluators/{Conflict.UserId}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var conflict = await db.EvaluatorConflicts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (conflict is null)
            return false;
        Conflict = conflict;
        EvaluatorName = await db.Users.Where(u => u.Id == conflict.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "The evaluator";
        SettingName = await db.Settings.Where(s => s.Id == conflict.SettingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) ?? "the setting";
        return true;
    }
}
