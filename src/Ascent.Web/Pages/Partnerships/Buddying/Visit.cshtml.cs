using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Buddying;

/// One visit of a pairing: the LA records the day it was held and either side's owner or manager (or the LA) writes
/// the short note both sides see. Other people read the pairing's page.
public sealed class VisitModel(Services.Partnerships.Buddying buddying, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public BuddyPairing Pairing { get; private set; } = null!;

    public BuddyVisit Visit { get; private set; } = null!;

    public bool CanRun { get; private set; }

    [BindProperty]
    public DateInput Held { get; set; } = new();

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int visitId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, visitId, cancellationToken) is { } denied)
            return denied;
        Version = Pairing.Version;
        Held = DateInput.From(Visit.HeldOn ?? (Visit.PlannedOn <= time.Today() ? Visit.PlannedOn : null));
        Note = Visit.SharedNote;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int visitId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, visitId, cancellationToken) is { } denied)
            return denied;
        DateOnly? heldOn = null;
        if (CanRun)
        {
            if (Held.IsEmpty)
                ModelState.AddModelError(nameof(Held), "Enter the day the visit was held");
            else if (!Held.TryGetDate(out var day))
                ModelState.AddModelError(nameof(Held), "The date must be a real date, like 14 3 2027");
            else if (day > time.Today())
                ModelState.AddModelError(nameof(Held), "The day it was held must be today or in the past");
            else if (day < time.Today().AddYears(-2))
                ModelState.AddModelError(nameof(Held), "The day it was held must be within the last two years");
            else
                heldOn = day;
        }
        else if (!Visit.IsHeld)
        {
            ModelState.AddModelError(nameof(Note), "A note is written once the LA has recorded the visit as held");
        }

        if (!CanRun && string.IsNullOrWhiteSpace(Note))
            ModelState.AddModelError(nameof(Note), "Enter the shared note");
        else if (Note?.Trim().Length > BuddyVisit.NoteMaxLength)
            ModelState.AddModelError(nameof(Note), $"The note must be {BuddyVisit.NoteMaxLength:#,0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        if (await buddying.RecordVisitAsync(id, Version, visitId, heldOn, Note, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(CanRun ? nameof(Held) : nameof(Note), refused);
            return Page();
        }

        TempData["Message"] = "The visit is saved";
        return Redirect($"/buddying/{id}#visits");
    }

    private async Task<IActionResult?> LoadAsync(int id, int visitId, CancellationToken cancellationToken)
    {
        if (await buddying.FindAsync(id, cancellationToken) is not { } pairing || pairing.Visits.FirstOrDefault(v => v.Id == visitId) is not { } visit)
            return NotFound();
        Pairing = pairing;
        Visit = visit;
        CanRun = (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded;
        if (!CanRun && !(await authorization.AuthorizeAsync(User, PartnershipsAccess.ActForSetting)).Succeeded)
            return Forbid();
        return null;
    }
}
