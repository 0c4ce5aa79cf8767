using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Shared;

/// What the pages of a setting's own work share (its self-evaluation, plan and evidence): the setting, found
/// through the query filters so another LA's or another setting's is not found, and who the signed-in person is to it.
public abstract class SettingWorkPage(AppDbContext db, TimeProvider time) : PageModel
{
    protected AppDbContext Db => db;

    protected TimeProvider Time => time;

    public DateOnly Today => time.Today();

    public Setting Setting { get; private set; } = null!;

    /// The work is the setting's own: its staff write it; the LA reads it and comments.
    public bool CanEdit => db.CurrentUser.SettingId == Setting.Id && Roles.SettingRoles.Any(db.CurrentUser.IsInRole);

    public bool IsLocalAuthority => db.CurrentUser.SettingId == null && Roles.LocalAuthorityRoles.Any(db.CurrentUser.IsInRole);

    protected async Task<bool> LoadSettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Id == settingId, cancellationToken);
        if (setting is null)
            return false;
        Setting = setting;
        return true;
    }
}
