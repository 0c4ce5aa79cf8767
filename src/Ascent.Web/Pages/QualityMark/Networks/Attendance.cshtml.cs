using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.QualityMark.Networks;

/// The coordinator records who came to a meeting (a checkbox for each person of each invited setting and each invited
/// evaluator) and short notes, from the meeting's day on. Saved with the meeting's Version: a change made by someone
/// else since the page was opened is refused, never overwritten.
public sealed class AttendanceModel(NetworkMeetings meetings, TimeProvider time) : PageModel
{
    [BindProperty]
    public List<string> Present { get; set; } = [];

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public NetworkMeeting Meeting { get; private set; } = null!;

    public IReadOnlyList<PersonChoice> People { get; private set; } = [];

    /// A checkbox for each person: their name and the setting they came from, or "evaluator".
    public IEnumerable<SelectListItem> Items =>
        People.Select(p => new SelectListItem(p.Name == p.Invited ? $"{p.Name} (evaluator)" : $"{p.Name}, {p.Invited}", p.Key, Present.Contains(p.Key)));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ShowRecorded();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Present.Any(key => People.All(p => p.Key != key)))
            ModelState.AddModelError(nameof(Present), "Select people from the list");
        if (Notes?.Trim().Length > NetworkMeeting.TextMaxLength)
            ModelState.AddModelError(nameof(Notes), $"The notes must be {NetworkMeeting.TextMaxLength:#,0} characters or fewer");
        if (ModelState.IsValid && await meetings.RecordAttendanceAsync(id, Version, Present, Notes, cancellationToken) is { } refused)
        {
            // Shown as it is now, not as this person left it: saving again must not overwrite what they never saw.
            await LoadAsync(id, cancellationToken);
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, refused);
            ShowRecorded();
        }

        if (!ModelState.IsValid)
            return Page();
        TempData["Message"] = "The attendance is recorded";
        return Redirect($"/quality-mark/networks/{id}");
    }

    /// The form as recorded: who came, the notes, and the version a save will change.
    private void ShowRecorded()
    {
        Present = [.. People.Where(p => Meeting.Attendance.Any(a => a.InvitationId == p.InvitationId && a.UserId == p.UserId && (a.UserId != null || a.Name == p.Name))).Select(p => p.Key)];
        Notes = Meeting.Notes;
        Version = Meeting.Version;
    }

    // Attendance is taken from the meeting's day on: before it, the page is not there.
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(id, cancellationToken) is not { } meeting || !meeting.HasHappened(time.Today()))
            return false;
        Meeting = meeting;
        People = await meetings.PeopleAsync(meeting, cancellationToken);
        return true;
    }
}
