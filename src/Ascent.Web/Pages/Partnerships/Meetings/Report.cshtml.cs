using Ascent.Web.Domain.Calendar;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// The LA's view of attendance over the school year: for each partnership, each current member's present,
/// apologies and absent counts at its held meetings, those who never attended first.
public sealed class ReportModel(MeetingAttendanceReport report, TimeProvider time) : PageModel
{
    public DateOnly From { get; private set; }

    public IReadOnlyList<PartnershipAttendance> Partnerships { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        From = MeetingAttendanceReport.SchoolYearStart(time.Today());
        Partnerships = await report.ByNetworkAsync(From, cancellationToken);
    }
}
