using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// Moves a planned meeting or changes its place or host. Once invitations have gone, the members get an update that
/// replaces the event in their calendars (same UID, SEQUENCE + 1). A stale form is refused.
public sealed class EditModel(PartnershipMeetings meetings, TimeProvider time) : MeetingFormPage
{
    [BindProperty]
    public DateInput Date { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public Meeting Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Show(Meeting);
        Date = DateInput.From(Meeting.Date);
        Version = Meeting.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var date = CheckDate(nameof(Date), Date, time.Today(), true);
        var whenAndWhere = CheckWhenAndWhere();
        if (ModelState.IsValid && date is { } d && whenAndWhere is { } w
            && await meetings.RescheduleAsync(id, Version, new MeetingTimes(d, w.Start, w.End), w.Place, cancellationToken) is { } refused)
        {
            // Shown as it is now: saving again must not overwrite a change this person never saw.
            await LoadAsync(id, cancellationToken);
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, refused);
            Show(Meeting);
            Date = DateInput.From(Meeting.Date);
            Version = Meeting.Version;
        }

        if (!ModelState.IsValid)
            return Page();
        TempData["Message"] = Meeting.IsInvited ? "The meeting is changed and the members are sent an update" : "The meeting is changed";
        return Redirect($"/meetings/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(id, cancellationToken) is not { } meeting || meeting.Status != MeetingStatus.Planned)
            return false;
        Meeting = meeting;
        Members = await meetings.MembersAsync(meeting.PartnershipId, cancellationToken);
        return true;
    }
}
