using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits;

/// One visit: when and where, the setting's preparation, its note, and (for LA staff) recording it as held.
public sealed class DetailsModel(AppDbContext db, TimeProvider time, VisitWork work) : VisitPage(db)
{
    [BindProperty]
    public DateInput HeldOn { get; set; } = new();

    public VisitNote? Note { get; private set; }

    public List<AgreedAction> OpenActions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        HeldOn = DateInput.From(Visit.Date <= time.Today() ? Visit.Date : time.Today());
        Version = Visit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostHeldAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!IsLocalAuthority)
            return Forbid();
        if (!Visit.IsPlanned)
            ModelState.AddModelError(nameof(HeldOn), "This visit is no longer planned");
        else if (!HeldOn.TryGetDate(out var heldOn))
            ModelState.AddModelError(nameof(HeldOn), "Enter the date the visit was held, like 14 3 2027");
        else if (heldOn > time.Today())
            ModelState.AddModelError(nameof(HeldOn), "Date the visit was held must be today or in the past");
        if (!ModelState.IsValid)
            return Page();

        HeldOn.TryGetDate(out var on);
        Db.Entry(Visit).Property(v => v.Version).OriginalValue = Version;
        await work.RecordHeldAsync(Visit, on, cancellationToken);
        if (await SaveVisitAsync(id, nameof(HeldOn), "Someone else changed this visit while you had it open. Check it below and try again.", LoadAsync, cancellationToken) is { } conflict)
            return conflict;

        TempData["Message"] = "Visit recorded as held. You can now write the note of visit.";
        return Redirect($"/visits/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadVisitAsync(id, cancellationToken))
            return false;
        Note = await Db.VisitNotes.AsNoTracking().FirstOrDefaultAsync(n => n.VisitId == id, cancellationToken);
        OpenActions = await Db.AgreedActions.AsNoTracking()
            .Where(a => a.SettingId == Visit.SettingId && a.IsPublished && a.Status == ActionStatus.Open && a.Owner == VisitParty.Setting)
            .OrderBy(a => a.DueOn).ToListAsync(cancellationToken);
        return true;
    }
}
