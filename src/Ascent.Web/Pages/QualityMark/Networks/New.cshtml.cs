using System.Globalization;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.QualityMark.Networks;

/// The coordinator plans a network meeting or workshop and invites the members of chosen cohorts (all of them unless
/// told otherwise) and the evaluators. The invited settings' owners and managers and the evaluators are told in
/// Ascent and by e-mail.
public sealed class NewModel(NetworkMeetings meetings, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateInput Date { get; set; } = new();

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public string? Agenda { get; set; }

    [BindProperty]
    public List<int> Cohorts { get; set; } = [];

    [BindProperty]
    public bool Evaluators { get; set; }

    public IReadOnlyList<CohortChoice> Choices { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> PurposeItems { get; } =
    [
        new("A network group meeting", nameof(MeetingPurpose.Network)),
        new("A half-day workshop (counts as attendance at a workshop in the portfolio)", nameof(MeetingPurpose.Workshop)),
    ];

    public IEnumerable<SelectListItem> CohortItems => Choices.Select(c => new SelectListItem(
        $"{c.Name} ({c.Members.ToString(CultureInfo.InvariantCulture)} {(c.Members == 1 ? "setting" : "settings")})",
        c.Id.ToString(CultureInfo.InvariantCulture), Cohorts.Contains(c.Id)));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await meetings.CohortsAsync(cancellationToken);
        Purpose = nameof(MeetingPurpose.Network);
        Cohorts = [.. Choices.Where(c => c.Members > 0).Select(c => c.Id)];
        Evaluators = true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Choices = await meetings.CohortsAsync(cancellationToken);
        var purpose = Enum.TryParse<MeetingPurpose>(Purpose, out var p) && Enum.IsDefined(p) && Purpose == p.ToString() ? p : (MeetingPurpose?)null;
        if (purpose is null)
            ModelState.AddModelError(nameof(Purpose), "Select whether it is a network meeting or a workshop");
        Check(nameof(Title), Title, "Enter a title for the meeting", "The title", NetworkMeeting.TitleMaxLength);
        var today = time.Today();
        if (Date.IsEmpty)
            ModelState.AddModelError(nameof(Date), "Enter the date of the meeting");
        else if (!Date.TryGetDate(out var day))
            ModelState.AddModelError(nameof(Date), "The date must be a real date, like 14 3 2027");
        else if (day < today)
            ModelState.AddModelError(nameof(Date), "The date must be today or in the future");
        else if (day > today.AddYears(2))
            ModelState.AddModelError(nameof(Date), "The date must be within two years");
        var start = VisitTimes.ParseStartTime(Time);
        if (start is null)
            ModelState.AddModelError(nameof(Time), string.IsNullOrWhiteSpace(Time) ? "Enter the start time" : "Enter the start time like 10am or 14:30");
        Check(nameof(Place), Place, "Enter the address, or the link for an online meeting", "The place", NetworkMeeting.PlaceMaxLength);
        if (Agenda?.Trim().Length > NetworkMeeting.TextMaxLength)
            ModelState.AddModelError(nameof(Agenda), $"The agenda must be {NetworkMeeting.TextMaxLength:#,0} characters or fewer");
        if (Cohorts.Any(id => Choices.All(c => c.Id != id)))
            ModelState.AddModelError(nameof(Cohorts), "Select cohorts from the list");
        else if (Cohorts.Count == 0 && !Evaluators)
            ModelState.AddModelError(nameof(Cohorts), "Select the cohorts whose settings are invited, or invite the evaluators");
        if (!ModelState.IsValid)
            return Page();
        Date.TryGetDate(out var date);
        var (meeting, refused) = await meetings.PlanAsync(new MeetingPlan(purpose!.Value, Title!, date, start!.Value, Place!, Agenda, Cohorts, Evaluators), cancellationToken);
        if (meeting is null)
        {
            ModelState.AddModelError(nameof(Cohorts), refused!);
            return Page();
        }

        TempData["Message"] = $"{meeting.Title} is planned and {meeting.Invitations.Count} {(meeting.Invitations.Count == 1 ? "invitation was" : "invitations were")} sent";
        return Redirect($"/quality-mark/networks/{meeting.Id}");
    }

    private void Check(string field, string? value, string missing, string what, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
            ModelState.AddModelError(field, missing);
        else if (value.Trim().Length > max)
            ModelState.AddModelError(field, $"{what} must be {max:#,0} characters or fewer");
    }
}
