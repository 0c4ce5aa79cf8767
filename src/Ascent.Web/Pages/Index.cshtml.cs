using Ascent.Web.Data;
using Ascent.Web.Pages.Home;
using Ascent.Web.Services.Home;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages;

/// Everyone's home page: a work queue for their role (HomeKind), each figure a link to the list behind it. The query
/// filters decide what "all" means for the person signed in.
public sealed class IndexModel(AppDbContext db, LaHome home) : PageModel
{
    public HomeKind Kind { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string TenantName { get; private set; } = "";

    public int? OwnSettingId { get; private set; }

    public string? OwnSettingName { get; private set; }

    public AdviserWork? Adviser { get; private set; }

    public SeniorWork? Senior { get; private set; }

    public ManagerWork? Manager { get; private set; }

    public AdministratorWork? Administrator { get; private set; }

    /// The register by standing, for the roles that look after the whole LA's settings.
    public Standings? Standings { get; private set; }

    public IReadOnlyList<RecentInspection> RecentInspections { get; private set; } = [];

    /// A setting's owner, manager or practitioner gets the setting's work queue (Pages/Home/Setting).
    public SettingHome? SettingHome { get; private set; }

    public async Task OnGetAsync([FromServices] SettingHomeQueries settingHome, CancellationToken cancellationToken)
    {
        Kind = HomeKinds.For(db.CurrentUser);
        if (Kind == HomeKind.Setting && (SettingHome = await settingHome.ForCurrentUserAsync(cancellationToken)) is not null)
            return;
        DisplayName = db.CurrentUser.DisplayName;
        TenantName = db.CurrentUser.IsSystem ? "All local authorities" : await db.Tenants.Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        switch (Kind)
        {
            case HomeKind.Setting:
                OwnSettingId = db.CurrentUser.SettingId;
                OwnSettingName = await db.Settings.Where(s => s.Id == OwnSettingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
                break;
            case HomeKind.Adviser:
                Adviser = await home.AdviserAsync(User, cancellationToken);
                break;
            case HomeKind.Senior:
                Senior = await home.SeniorAsync(User, cancellationToken);
                break;
            case HomeKind.Manager:
                Manager = await home.ManagerAsync(User, cancellationToken);
                Standings = Manager.Standings;
                break;
            case HomeKind.Administrator:
                Administrator = await home.AdministratorAsync(cancellationToken);
                Standings = await home.StandingsAsync(cancellationToken);
                break;
            default:
                Standings = await home.StandingsAsync(cancellationToken);
                RecentInspections = await home.RecentInspectionsAsync(cancellationToken);
                break;
        }
    }
}
