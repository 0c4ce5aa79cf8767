using System.Globalization;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// Takes a meeting's attendance on or after its day: present, apologies or absent for every current member (a radio
/// group each, one form), and the LA's officers present by name. Apologies sent before the day are filled in. Saved
/// with the meeting's version: a form opened before someone else's save is refused and shows what is recorded now.
public sealed class AttendanceModel(PartnershipMeetings meetings, MeetingRecords records, TimeProvider time) : PageModel
{
    [BindProperty]
    public Dictionary<int, string> Marks { get; set; } = [];

    [BindProperty]
    public string? Officers { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public Meeting Meeting { get; private set; } = null!;

    public IReadOnlyList<MemberChoice> Members { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> StatusItems { get; } =
        [.. Enum.GetValues<AttendanceStatus>().Select(s => new SelectListItem(MeetingAttendance.Label(s), s.ToString()))];

    public async Task<IActionResult> OnGetAsync(int id, string? start, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ShowRecorded();
        // A locality partnership has a hundred members: the officer starts from "present" and marks the exceptions.
        // Nothing is saved until the form is.
        if (start == "present")
        {
            foreach (var member in Members.Where(m => string.IsNullOrEmpty(Marks.GetValueOrDefault(m.Id))))
                Marks[member.Id] = nameof(AttendanceStatus.Present);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var marks = new Dictionary<int, AttendanceStatus>();
        foreach (var member in Members)
        {
            var key = $"{nameof(Marks)}[{member.Id.ToString(CultureInfo.InvariantCulture)}]";
            if (!Marks.TryGetValue(member.Id, out var value) || string.IsNullOrEmpty(value))
                ModelState.AddModelError(key, $"Choose present, apologies or absent for {member.Name}");
            else if (!Enum.TryParse<AttendanceStatus>(value, out var status) || !Enum.IsDefined(status) || status.ToString() != value)
                ModelState.AddModelError(key, $"Choose present, apologies or absent for {member.Name} from the list");
            else
                marks[member.Id] = status;
        }

        EveryMemberHasARow();
        if (Officers?.Trim().Length > Meeting.OfficersMaxLength)
            ModelState.AddModelError(nameof(Officers), $"The officers present must be {Meeting.OfficersMaxLength:#,0} characters or fewer");
        if (ModelState.IsValid && await records.RecordAttendanceAsync(id, Version, marks, Officers, cancellationToken) is { } refused)
        {
            await LoadAsync(id, cancellationToken);
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, refused);
            ShowRecorded();
        }

        if (!ModelState.IsValid)
            return Page();
        TempData["Message"] = "The attendance is recorded";
        return Redirect($"/meetings/{id}#attendance");
    }

    /// The form as recorded now (apologies sent ahead included), and the version a save will change.
    private void ShowRecorded()
    {
        Marks = Meeting.Attendance.ToDictionary(a => a.MemberId, a => a.Status.ToString());
        Officers = Meeting.OfficersPresent;
        Version = Meeting.Version;
        EveryMemberHasARow();
    }

    // The form reads a value for each member: one with nothing recorded has no choice ticked.
    private void EveryMemberHasARow()
    {
        foreach (var member in Members)
            Marks.TryAdd(member.Id, "");
    }

    // Attendance is taken from the meeting's day on, for a meeting not cancelled: before it, the page is not there.
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(id, cancellationToken) is not { } meeting || !meeting.HasHappened(time.Today()) || meeting.Status == MeetingStatus.Cancelled)
            return false;
        Meeting = meeting;
        Members = await meetings.MembersAsync(meeting.PartnershipId, cancellationToken);
        return true;
    }
}
