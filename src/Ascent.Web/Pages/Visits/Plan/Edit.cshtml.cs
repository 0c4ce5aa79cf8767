using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Services.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits.Plan;

/// Changes a planned visit (date, time, place, agenda, colleagues). The setting is sent an updated invitation that
/// replaces the first in its calendar.
public sealed class EditModel(AppDbContext db, TimeProvider time, VisitWork work) : VisitPage(db)
{
    [BindProperty]
    public ScheduleInput Schedule { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<SelectListItem> ColleagueItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!Visit.IsPlanned)
            return Redirect($"/visits/{id}");
        Schedule = ScheduleInput.From(Visit);
        Version = Visit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!Visit.IsPlanned)
            ModelState.AddModelError(nameof(Reason), "This visit is no longer planned, so it cannot be changed");
        if (Reason?.Length > Domain.Visits.Visit.ReasonMaxLength)
            ModelState.AddModelError(nameof(Reason), $"Reason must be {Domain.Visits.Visit.ReasonMaxLength:N0} characters or fewer");
        var schedule = Schedule.Validate(ModelState, nameof(Schedule), Visit.TimeZone, time.Today());
        if (schedule is not null && schedule.Date != Visit.Date && Domain.Visits.Visit.HasPassed(schedule.Date, time.Today()))
            ModelState.AddModelError($"{nameof(Schedule)}.Date", "Date of the visit must be today or in the future. If the visit has taken place, record it as held on the visit's page");
        if (!ModelState.IsValid || schedule is null)
            return Page();

        Db.Entry(Visit).Property(v => v.Version).OriginalValue = Version;
        await work.RescheduleAsync(Visit, schedule, Schedule.Colleagues, Reason, cancellationToken);
        if (await SaveVisitAsync(id, nameof(Reason), "Someone else changed this visit while you had it open. Your changes are below: check them against the visit and save again.", LoadAsync, cancellationToken) is { } conflict)
            return conflict;

        TempData["Message"] = "Visit changed. The setting has been sent an updated invitation.";
        return Redirect($"/visits/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadVisitAsync(id, cancellationToken) || !IsLocalAuthority)
            return false;
        ColleagueItems = await Db.Users.Where(u => u.TenantId == Visit.TenantId && u.SettingId == null && u.IsActive)
            .OrderBy(u => u.DisplayName).Select(u => new SelectListItem(u.DisplayName, u.Id.ToString())).ToListAsync(cancellationToken);
        return true;
    }
}
