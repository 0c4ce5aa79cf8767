using Ascent.Web.Domain.Calendar;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.QualityMark.Networks;

/// On the quality mark's home, for a setting's people: the network meetings their setting is invited to that are
/// still to come, and the last three held with who came from the setting. Nothing when there are none. A component,
/// so the home page needs one line for it.
public sealed class SettingNetworkMeetingsViewComponent(NetworkMeetings meetings, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = time.Today();
        var all = await meetings.ListAsync(HttpContext.RequestAborted);
        if (all.Count == 0)
            return Content("");
        IReadOnlyList<MeetingRow> shown = [.. all.Where(m => m.Date >= today), .. all.Where(m => m.Date < today).Reverse().Take(3)];
        return View("/Pages/QualityMark/Networks/_SettingNetworkMeetings.cshtml", new MeetingTable("Your setting's network meetings", shown, IsSetting: true));
    }
}
