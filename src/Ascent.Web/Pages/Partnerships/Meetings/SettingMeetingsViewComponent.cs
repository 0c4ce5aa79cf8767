using Ascent.Web.Domain.Calendar;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// On a setting's page: the partnership meetings held this school year and what is recorded for the setting
/// (present, apologies, absent). Nothing when there are none. A component, so the page needs one line for it.
public sealed class SettingMeetingsViewComponent(MeetingAttendanceReport report, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int settingId)
    {
        var rows = await report.ForSettingAsync(settingId, MeetingAttendanceReport.SchoolYearStart(time.Today()), HttpContext.RequestAborted);
        return rows.Count == 0 ? Content("") : View("/Pages/Partnerships/Meetings/_SettingMeetings.cshtml", rows);
    }
}
