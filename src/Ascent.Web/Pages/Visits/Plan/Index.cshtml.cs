using Ascent.Web.Data;
using Ascent.Web.Domain;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TaskKinds = Ascent.Web.Domain.Cases.TaskKinds;

namespace Ascent.Web.Pages.Visits.Plan;

/// Plans a visit to a setting: from a case's visit plan (?task=, its number and focus filled in) or ad hoc.
public sealed class IndexModel(AppDbContext db, TimeProvider time, VisitWork work) : PageModel
{
    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Focus { get; set; }

    [BindProperty]
    public bool Accompanied { get; set; }

    [BindProperty]
    public ScheduleInput Schedule { get; set; } = new();

    /// The person's confirmation that a visit on a day already past was held, to be recorded rather than planned.
    [BindProperty]
    public bool RecordAsHeld { get; set; }

    /// The date entered has passed: the form asks whether to record the visit as held.
    public bool AsksToRecordAsHeld { get; private set; }

    [BindProperty(SupportsGet = true, Name = "task")]
    public int? TaskId { get; set; }

    public Setting Setting { get; private set; } = null!;

    public CaseTask? CaseTask { get; private set; }

    public IReadOnlyList<SelectListItem> PurposeItems { get; } = [.. VisitPurposes.AdHoc.Select(p => new SelectListItem(p.Name, p.Code))];

    public IReadOnlyList<SelectListItem> ColleagueItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (CaseTask is not null && await db.Visits.AnyAsync(v => v.CaseTaskId == CaseTask.Id && v.Status != VisitStatus.Cancelled, cancellationToken))
        {
            var existing = await db.Visits.Where(v => v.CaseTaskId == CaseTask.Id && v.Status != VisitStatus.Cancelled).Select(v => v.Id).FirstAsync(cancellationToken);
            return Redirect($"/visits/{existing}");
        }

        Title = CaseTask is null ? null : $"Visit {CaseTask.VisitNumber}";
        Focus = CaseTask?.Details;
        Accompanied = CaseTask?.Accompanied ?? false;
        Schedule.Location = string.Join(", ", new[] { Setting.AddressLine1, Setting.AddressLine2, Setting.AddressLine3, Setting.Postcode }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var me = db.CurrentUser.UserId;
        Schedule.Colleagues = me is { } userId && ColleagueItems.Any(c => c.Value == userId.ToString()) ? [userId] : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var purpose = CaseTask is null ? Purpose : VisitPurposes.Pathway;
        if (!VisitPurposes.IsKnown(purpose))
            ModelState.AddModelError(nameof(Purpose), "Select what the visit is for");
        if (string.IsNullOrWhiteSpace(Title))
            ModelState.AddModelError(nameof(Title), "Enter a title for the visit");
        else if (Title.Length > Visit.TitleMaxLength)
            ModelState.AddModelError(nameof(Title), $"Title must be {Visit.TitleMaxLength:N0} characters or fewer");
        if (Focus?.Length > Visit.FocusMaxLength)
            ModelState.AddModelError(nameof(Focus), $"Focus must be {Visit.FocusMaxLength:N0} characters or fewer");
        var timeZone = VisitWork.TimeZoneFor(await db.Tenants.Where(t => t.Id == Setting.TenantId).Select(t => t.Nation).SingleAsync(cancellationToken));
        var schedule = Schedule.Validate(ModelState, nameof(Schedule), timeZone, time.Today());
        if (schedule is not null && Visit.HasPassed(schedule.Date, time.Today()))
        {
            AsksToRecordAsHeld = true;
            if (!RecordAsHeld)
                ModelState.AddModelError(nameof(RecordAsHeld), "Confirm that the visit was held, or enter a date today or in the future");
        }

        if (!ModelState.IsValid || schedule is null)
            return Page();

        var plan = new Services.Visits.VisitPlan(purpose!, Title!, schedule, FreeText.Trimmed(Focus), Accompanied, Schedule.Colleagues, CaseTask);
        if (AsksToRecordAsHeld)
        {
            var held = await work.RecordAfterwardsAsync(Setting, plan, cancellationToken);
            TempData["Message"] = $"{held.Title} recorded as held on {Infrastructure.Format.Date(held.Date)}. No invitation was sent. You can now write the note of visit.";
            return Redirect($"/visits/{held.Id}");
        }

        var visit = await work.PlanAsync(Setting, plan, cancellationToken);
        TempData["Message"] = $"{visit.Title} planned for {Infrastructure.Format.Date(visit.Date)}. The setting has been sent an invitation.";
        return Redirect($"/visits/{visit.Id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (setting is null)
            return false;
        Setting = setting;
        if (TaskId is { } taskId)
        {
            CaseTask = await db.CaseTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.SettingId == id && t.Kind == TaskKinds.Visit && t.State == CaseTaskState.Open, cancellationToken);
            if (CaseTask is null)
                return false;
        }

        var colleagues = await (
            from user in db.Users
            where user.TenantId == setting.TenantId && user.SettingId == null && user.IsActive
            orderby user.DisplayName
            select new { user.Id, user.DisplayName }).ToListAsync(cancellationToken);
        var ids = colleagues.Select(c => c.Id).ToList();
        var roles = await (
            from userRole in db.UserRoles
            where ids.Contains(userRole.UserId)
            join role in db.Roles on userRole.RoleId equals role.Id
            select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        ColleagueItems = [.. colleagues.Select(c => new SelectListItem(
            $"{c.DisplayName} ({string.Join(", ", roles.Where(r => r.UserId == c.Id && r.Name != Roles.LaAdministrator).Select(r => r.Name))})".Replace(" ()", "", StringComparison.Ordinal),
            c.Id.ToString()))];
        return true;
    }
}
