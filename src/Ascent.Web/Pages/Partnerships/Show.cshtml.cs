using Ascent.Web.Domain.People;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships;

/// A partnership: what it is for and who leads it, its members with their contacts and public facts (and, for the
/// LA, their open support), and the themes of the members' improvement plans (PartnershipView says who sees what).
public sealed class ShowModel(PartnershipView view, IAuthorizationService authorization) : PageModel
{
    public PartnershipDetails Details { get; private set; } = null!;

    public bool IsSetting { get; private set; }

    public bool CanRun { get; private set; }

    public bool CanSendBulletins { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var details = await view.FindAsync(id, cancellationToken);
        if (details is null)
            return NotFound();
        Details = details;
        IsSetting = Roles.SettingRoles.Any(User.IsInRole);
        CanRun = details.Partnership.ClosedOn is null && (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded;
        CanSendBulletins = (await authorization.AuthorizeAsync(User, PartnershipsAccess.SendBulletins)).Succeeded;
        return Page();
    }

    /// "7 of 12 members have a goal on Communication and language".
    public string ThemeText(Theme theme) =>
        $"{theme.Settings} of {Details.SettingMembers} {(Details.SettingMembers == 1 ? "setting member has" : "setting members have")} a goal on {theme.Area}";
}
