using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Jobs;
using Ascent.Web.Services.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings;

/// Records an enforcement notice Ofsted told the LA about (a welfare requirements notice arrives by letter, not in
/// the monthly file); the pathway for it opens straight away.
[Authorize(Policy = Policies.EditGroupings)]
public sealed class NoticeModel(AppDbContext db, TimeProvider time, RegisterEvents events, IServiceProvider services) : PageModel
{
    [BindProperty]
    public EnforcementKind? Kind { get; set; }

    [BindProperty]
    public DateInput IssuedOn { get; set; } = new();

    [BindProperty]
    public string? Details { get; set; }

    public Setting Setting { get; private set; } = null!;

    public IEnumerable<SelectListItem> KindItems => Enum.GetValues<EnforcementKind>().Where(k => k != EnforcementKind.ComplianceNotMet)
        .Select(k => new SelectListItem(RegisterEvents.Label(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (Kind is null || Kind == EnforcementKind.ComplianceNotMet || !Enum.IsDefined(Kind.Value))
            ModelState.AddModelError(nameof(Kind), "Select the kind of notice");
        var today = time.Today();
        if (!IssuedOn.TryGetDate(out var issued) || issued > today)
            ModelState.AddModelError(nameof(IssuedOn), "Enter the date of the notice, today or earlier");
        if (Details?.Length > 1000)
            ModelState.AddModelError(nameof(Details), "Details must be 1,000 characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        var notice = new EnforcementEvent(Setting, Kind!.Value, issued, $"Recorded by {db.CurrentUser.DisplayName}", Details);
        Setting.EnforcementEvents.Add(notice);
        var change = events.Noticed(Setting, notice);
        await db.SaveChangesAsync(cancellationToken);
        await PathwayEventsWorker.RunForEventAsync(services, change.Id, cancellationToken);
        TempData["Message"] = $"{RegisterEvents.Label(notice.Kind)} recorded";
        return Redirect($"/settings/{id}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Id == id);
        if (setting is null)
            return false;
        Setting = setting;
        return true;
    }
}
