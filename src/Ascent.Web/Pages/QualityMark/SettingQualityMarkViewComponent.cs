using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.QualityMark;

/// The "Quality mark" line of a setting's page: its current accreditation, or the cohort taking applications (with
/// "Apply" for its owner and manager). Nothing when there is neither. A component, so the page needs one line for it.
public sealed class SettingQualityMarkViewComponent(CohortQueries cohorts, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int settingId)
    {
        if (!(await authorization.AuthorizeAsync(UserClaimsPrincipal, QualityMarkAccess.ViewQualityMark)).Succeeded)
            return Content("");
        var view = await cohorts.ForSettingAsync(settingId, HttpContext.RequestAborted);
        if (view.Current is null && view.OpenToApply.Count == 0)
            return Content("");
        var canApply = (await authorization.AuthorizeAsync(UserClaimsPrincipal, QualityMarkAccess.ApplyQualityMark)).Succeeded;
        return View("/Pages/QualityMark/_SettingQualityMark.cshtml", (view, canApply));
    }
}
