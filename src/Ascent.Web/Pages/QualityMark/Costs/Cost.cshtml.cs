using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Costs;

/// Corrects or removes one recorded cost of a cohort (the wrong amount or setting, a duplicate): the coordinators'
/// (the folder's rule). The form carries the cost's Version, so a change made from a page read before someone else's
/// is refused, never overwrites it; the audit trail keeps what it said before, and the cost report follows.
public sealed class CostModel(AppDbContext db) : PageModel
{
    public const string ChangedMessage = "Someone else changed or removed this cost since you opened the page: check it and make your change again";

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? For { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    public Cohort Cohort { get; private set; } = null!;

    public SchemeCost Cost { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> ForItems => CostForm.Items(_settings, For);

    private Dictionary<int, string> _settings = [];

    public async Task<IActionResult> OnGetAsync(int id, int costId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, costId, cancellationToken))
            return NotFound();
        ShowCost();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int costId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, costId, cancellationToken))
            return NotFound();
        if (CostForm.Read(ModelState, Description, Amount, For, _settings) is not { } read)
            return Page();
        var accreditation = read.AccreditationId is { } aid ? await db.Accreditations.SingleAsync(a => a.Id == aid, cancellationToken) : null;
        db.Entry(Cost).Property(c => c.Version).OriginalValue = Version ?? -1;
        Cost.Correct(Cohort, accreditation, Description!, read.Pence);
        return await SaveAsync(id, costId, $"Cost changed to {Pence.Format(read.Pence)}", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int costId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, costId, cancellationToken))
            return NotFound();
        var message = $"{Pence.Format(Cost.AmountPence)} for {Cost.Description} removed";
        db.Entry(Cost).Property(c => c.Version).OriginalValue = Version ?? -1;
        db.SchemeCosts.Remove(Cost);
        return await SaveAsync(id, costId, message, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(int id, int costId, string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = message;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Show the cost as it is now, with the Version to save over it; or say it has gone.
            foreach (var field in ModelState.Keys.ToList())
                ModelState.Remove(field);
            if (await LoadAsync(id, costId, cancellationToken))
            {
                ShowCost();
                ModelState.AddModelError(nameof(Description), ChangedMessage);
                return Page();
            }

            TempData["Message"] = "That cost had already been removed";
        }

        return Redirect($"/quality-mark/cohorts/{id}/costs");
    }

    private async Task<bool> LoadAsync(int id, int costId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var cost = await db.SchemeCosts.FirstOrDefaultAsync(c => c.Id == costId && c.CohortId == id, cancellationToken);
        if (cohort is null || cost is null)
            return false;
        (Cohort, Cost) = (cohort, cost);
        _settings = await db.Accreditations.AsNoTracking().Where(a => a.CohortId == id && a.Status != AccreditationStatus.Applied && a.Status != AccreditationStatus.Declined)
            .Join(db.Settings, a => a.SettingId, s => s.Id, (a, s) => new { a.Id, s.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return true;
    }

    private void ShowCost()
    {
        (Description, Version) = (Cost.Description, Cost.Version);
        Amount = Pence.Plain(Cost.AmountPence);
        For = Cost.AccreditationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
