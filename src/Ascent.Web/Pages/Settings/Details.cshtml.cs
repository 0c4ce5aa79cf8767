using Ascent.Web.Data;
using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public Setting Setting { get; private set; } = null!;

    public IReadOnlyList<ChangeEvent> Events { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// The setting's support cases, newest first; the query filters leave this empty for setting staff.
    public IReadOnlyList<Domain.Cases.SupportCase> Cases { get; private set; } = [];

    public bool CanEditGroupings => Domain.People.Roles.GroupingEditors.Any(User.IsInRole);

    public bool CanEditContacts => CanEditGroupings || User.IsInRole(Domain.People.Roles.SettingOwner) || User.IsInRole(Domain.People.Roles.SettingManager);

    // Another tenant's setting is filtered out by AppDbContext, so it is simply not found.
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var setting = await db.Settings.AsNoTracking()
            .Include(s => s.Inspections).ThenInclude(i => i.Grades)
            .Include(s => s.Inspections).ThenInclude(i => i.Items)
            .Include(s => s.EnforcementEvents)
            .Include(s => s.Contacts)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id);
        if (setting is null)
            return NotFound();
        Setting = setting;
        Cases = await db.Cases.AsNoTracking().Where(c => c.SettingId == id).OrderByDescending(c => c.Id).ToListAsync();
        Events = await db.ChangeEvents.AsNoTracking().Where(e => e.SettingId == id).OrderByDescending(e => e.Id).Take(50).ToListAsync();
        return Page();
    }
}
