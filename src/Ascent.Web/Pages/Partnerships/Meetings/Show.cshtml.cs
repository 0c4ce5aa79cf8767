using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// A meeting: when and where, its agenda, and once held its attendance, minutes, decisions and actions, with the
/// actions carried forward from earlier meetings. The LA sends the invitations and marks actions done here; a member
/// setting's owner or manager sends apologies. Another LA, or a setting not in the partnership, finds nothing.
public sealed class ShowModel(PartnershipMeetings meetings, MeetingRecords records, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public int ActionId { get; set; }

    [BindProperty]
    public int ActionVersion { get; set; }

    public Meeting Meeting { get; private set; } = null!;

    public string PartnershipName { get; private set; } = "";

    public IReadOnlyList<CarriedAction> Carried { get; private set; } = [];

    public PartnershipMember? OwnMember { get; private set; }

    public bool CanRun { get; private set; }

    public bool CanAct { get; private set; }

    public DateOnly Today { get; private set; }

    public bool HasHappened => Meeting.HasHappened(Today);

    public bool IsOpen => Meeting.Status == MeetingStatus.Planned;

    public MeetingAttendance? OwnAttendance => OwnMember is null ? null : Meeting.Attendance.FirstOrDefault(a => a.MemberId == OwnMember.Id);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostInviteAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, true, () => meetings.InviteAsync(id, Version, cancellationToken), () => meetings.InvitationsSent switch
        {
            0 => "The invitations are sent, but no member has an e-mail address: add the settings' managers or the partners' contacts",
            1 => "The invitations are sent to 1 person",
            var n => $"The invitations are sent to {n} people",
        }, cancellationToken);

    public Task<IActionResult> OnPostApologiesAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, false, () => records.ApologiesAsync(id, Version, cancellationToken), () => "Your setting's apologies are sent", cancellationToken);

    public async Task<IActionResult> OnPostDoneAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanRun)
            return Forbid();
        // Only this meeting's own actions, or those carried into it, may be marked done from its page.
        if (Meeting.Actions.All(a => a.Id != ActionId) && Carried.All(a => a.Id != ActionId))
            ModelState.AddModelError(string.Empty, "That action is not on this meeting");
        else if (await records.MarkDoneAsync(ActionId, ActionVersion, cancellationToken) is { } refused)
            ModelState.AddModelError(string.Empty, refused);
        if (!ModelState.IsValid)
        {
            await LoadAsync(id, cancellationToken);
            ShowCurrentVersion();
            return Page();
        }

        TempData["Message"] = "The action is marked done";
        return Redirect($"/meetings/{id}#actions");
    }

    private async Task<IActionResult> ActAsync(int id, bool run, Func<Task<string?>> act, Func<string> done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (run ? !CanRun : !CanAct)
            return Forbid();
        if (await act() is { } refused)
        {
            await LoadAsync(id, cancellationToken);
            ShowCurrentVersion();
            ModelState.AddModelError(string.Empty, refused);
            return Page();
        }

        TempData["Message"] = done();
        return Redirect($"/meetings/{id}");
    }

    // After a refusal the page is shown again as the meeting is now, so the next try is checked against that.
    private void ShowCurrentVersion()
    {
        ModelState.Remove(nameof(Version));
        Version = Meeting.Version;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(id, cancellationToken) is not { } meeting)
            return false;
        Meeting = meeting;
        // A post carries the version the page showed: the stale check compares it, so only a GET takes the current one.
        if (!HttpMethods.IsPost(Request.Method))
            Version = meeting.Version;
        Today = time.Today();
        PartnershipName = (await meetings.PartnershipAsync(meeting.PartnershipId, cancellationToken))?.Name ?? "";
        Carried = await meetings.CarriedForwardAsync(meeting, cancellationToken);
        CanRun = (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded;
        OwnMember = await records.OwnMemberAsync(meeting.PartnershipId, cancellationToken);
        CanAct = OwnMember is not null && (await authorization.AuthorizeAsync(User, PartnershipsAccess.ActForSetting)).Succeeded;
        return true;
    }
}
