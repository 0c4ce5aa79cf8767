using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Case;

/// Closing a case by hand: a welfare requirements notice met, a setting that closed. Judgements close cases by
/// themselves.
[Authorize(Policy = Policies.ManageCases)]
public sealed class CloseModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public SupportCase Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (string.IsNullOrWhiteSpace(Reason))
            ModelState.AddModelError(nameof(Reason), "Enter why the case is closing");
        else if (Reason.Length > 400)
            ModelState.AddModelError(nameof(Reason), "The reason must be 400 characters or fewer");
        if (!Case.IsOpen)
            ModelState.AddModelError(nameof(Reason), "This case is already closed");
        if (!ModelState.IsValid)
            return Page();
        Case.Close($"Closed by {db.CurrentUser.DisplayName}: {Reason!.Trim()}", time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Case closed";
        return Redirect($"/cases/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var found = await db.Cases.Include(c => c.Setting).Include(c => c.Tasks).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
            return false;
        Case = found;
        return true;
    }
}
