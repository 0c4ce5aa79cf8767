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

    /// The person's confirmation that the visit was held on a day other than the planned one.
    [BindProperty]
    public bool OtherDayConfirmed { get; set; }

    /// The day entered is not the planned one: the form asks the person to confirm it.
    public bool AsksToConfirmOtherDay { get; private set; }

    public DateOnly Today => time.Today();

    public VisitNote? Note { get; private set; }

    public List<AgreedAction> OpenActions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        // The planned day, once it has come; a visit still to come cannot be recorded as held, so nothing is filled in.
        HeldOn = DateInput.From(Visit.Date <= Today ? Visit.Date : null);
        Version = Visit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostHeldAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!IsLocalAuthority)
            return Forbid();
        var on = CheckHeldOn();
        if (!ModelState.IsValid || on is null)
            return Page();

        Db.Entry(Visit).Property(v => v.Version).OriginalValue = Version;
        await work.RecordHeldAsync(Visit, on.Value, OtherDayConfirmed, cancellationToken);
        if (await SaveVisitAsync(id, nameof(HeldOn), "Someone else changed this visit while you had it open. Check it below and try again.", LoadAsync, cancellationToken) is { } conflict)
            return conflict;

        TempData["Message"] = "Visit recorded as held. You can now write the note of visit.";
        return Redirect($"/visits/{id}");
    }

    // The form's shape here; whether the visit may be held on that day is Visit.CheckHeldOn's to say.
    private DateOnly? CheckHeldOn()
    {
        var problem = !Visit.IsPlanned ? "This visit is no longer planned"
            : HeldOn.IsEmpty ? "Enter the date the visit was held"
            : !HeldOn.TryGetDate(out var on) ? "The date the visit was held must be a real date, like 14 3 2027"
            : Visit.CheckHeldOn(on, Today) switch
            {
                HeldOnCheck.InTheFuture => "The date the visit was held must be today or in the past",
                HeldOnCheck.TooLongAgo => "The date the visit was held must be within the last year",
                _ => null,
            };
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(HeldOn), problem);
            return null;
        }

        HeldOn.TryGetDate(out var heldOn);
        AsksToConfirmOtherDay = Visit.CheckHeldOn(heldOn, Today) == HeldOnCheck.NotThePlannedDay;
        if (AsksToConfirmOtherDay && !OtherDayConfirmed)
            ModelState.AddModelError(nameof(OtherDayConfirmed), "Confirm that the visit was held on a different day from the one planned");
        return heldOn;
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
