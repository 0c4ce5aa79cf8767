using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// Cancels a planned meeting. Once invitations have gone, the members get a cancellation that removes the event
/// from their calendars (METHOD:CANCEL).
public sealed class CancelModel(PartnershipMeetings meetings) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public Meeting Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Version = Meeting.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (await meetings.CancelAsync(id, Version, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            ModelState.Remove(nameof(Version));
            Version = Meeting.Version;
            return Page();
        }

        TempData["Message"] = "The meeting is cancelled";
        return Redirect($"/meetings/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(id, cancellationToken) is not { } meeting || meeting.Status != MeetingStatus.Planned)
            return false;
        Meeting = meeting;
        return true;
    }
}
