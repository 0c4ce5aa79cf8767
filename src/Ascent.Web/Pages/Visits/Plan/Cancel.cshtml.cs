using Ascent.Web.Data;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits.Plan;

/// Records that a visit will not happen: who cancelled (LA staff say which side; a setting's leader cancels for the
/// setting) and why. A cancellation by the setting of a visit in a case's plan books the visit again and counts
/// towards the pathway's two-cancellations-in-a-term rule.
public sealed class CancelModel(AppDbContext db, VisitWork work) : VisitPage(db)
{
    [BindProperty]
    public VisitParty? CancelledBy { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<SelectListItem> PartyItems { get; } =
    [
        new("The setting", nameof(VisitParty.Setting)),
        new("The local authority", nameof(VisitParty.LocalAuthority)),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!Visit.IsPlanned)
            return Redirect($"/visits/{id}");
        Version = Visit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var by = IsLocalAuthority ? CancelledBy : VisitParty.Setting;
        if (!Visit.IsPlanned)
            ModelState.AddModelError(nameof(Reason), "This visit is no longer planned");
        if (by is null)
            ModelState.AddModelError(nameof(CancelledBy), "Select who cancelled the visit");
        if (string.IsNullOrWhiteSpace(Reason))
            ModelState.AddModelError(nameof(Reason), "Enter why the visit is cancelled");
        else if (Reason.Length > Visit.ReasonMaxLength)
            ModelState.AddModelError(nameof(Reason), $"Reason must be {Visit.ReasonMaxLength:N0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        Db.Entry(Visit).Property(v => v.Version).OriginalValue = Version;
        await work.CancelAsync(Visit, by!.Value, Reason!, cancellationToken);
        if (await SaveVisitAsync(id, nameof(Reason), "Someone else changed this visit while you had it open. Check it and try again.", LoadAsync, cancellationToken) is { } conflict)
            return conflict;

        TempData["Message"] = by == VisitParty.Setting && Visit.CaseTaskId is not null
            ? "Visit cancelled. The setting has been told, and the visit is booked again in the case's plan."
            : "Visit cancelled. Everyone invited has been told.";
        return Redirect($"/visits/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken) =>
        await LoadVisitAsync(id, cancellationToken) && (IsLocalAuthority || IsSettingLeader);
}
