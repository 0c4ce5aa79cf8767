using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Partnerships.Buddying;

/// On a setting's page and its support case's page: the buddy pairings the setting is one side of, and, for the LA's
/// improvement team and a setting that needs support, "Find a buddy". Nothing when there is neither. A component, so
/// each page needs one line for it.
public sealed class BuddyPairingsViewComponent(Services.Partnerships.Buddying buddying, BuddyingSuggester suggester, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int settingId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var pairings = await buddying.ForSettingAsync(settingId, cancellationToken);
        var canRun = (await authorization.AuthorizeAsync(UserClaimsPrincipal, PartnershipsAccess.RunPartnerships)).Succeeded;
        var find = canRun && await suggester.NeedsSupportAsync(settingId, cancellationToken);
        if (pairings.Count == 0 && !find)
            return Content("");
        return View("/Pages/Partnerships/Buddying/_SettingPairings.cshtml", new SettingPairings(settingId, pairings, find));
    }
}

/// What the component shows: the pairings, and whether to offer "Find a buddy".
public sealed record SettingPairings(int SettingId, IReadOnlyList<PairingRow> Pairings, bool OfferFind);
