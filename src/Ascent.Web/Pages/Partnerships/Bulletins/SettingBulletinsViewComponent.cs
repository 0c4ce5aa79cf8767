using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Partnerships.Bulletins;

/// On a setting's home page: the latest bulletins its setting received (the tenancy filters keep it to those). Nothing
/// when there are none. A component, so the home page needs one line for it.
public sealed class SettingBulletinsViewComponent(BulletinService bulletins) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var latest = await bulletins.ListAsync(3, HttpContext.RequestAborted);
        return latest.Count == 0 ? Content("") : View("/Pages/Partnerships/Bulletins/_SettingBulletins.cshtml", latest);
    }
}
