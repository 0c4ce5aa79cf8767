using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.QualityMark.Networks;

/// A network meeting: when and where, the agenda, who is invited and, once held, who came and the notes. A setting
/// invited to it reads its own invitation and attendance; any other setting, or another LA, finds nothing.
public sealed class ShowModel(NetworkMeetings meetings, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public NetworkMeeting Meeting { get; private set; } = null!;

    public bool CanCoordinate { get; private set; }

    public bool HasHappened { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(id, cancellationToken) is not { } meeting)
            return NotFound();
        Meeting = meeting;
        HasHappened = meeting.HasHappened(time.Today());
        CanCoordinate = (await authorization.AuthorizeAsync(User, QualityMarkAccess.CoordinateQualityMark)).Succeeded;
        return Page();
    }

    /// Who came under an invitation, by name.
    public IEnumerable<string> Came(NetworkInvitation invitation) =>
        Meeting.Attendance.Where(a => a.InvitationId == invitation?.Id).Select(a => a.Name).Order(StringComparer.CurrentCulture);
}
