using System.Globalization;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// The fields a meeting's when and where share between planning and changing it: start and end time (UK), in person
/// (a venue and the member hosting this time) or online (a link). No JavaScript: both sets of fields are on the form
/// and only the chosen one is read.
public abstract class MeetingFormPage : PageModel
{
    [BindProperty]
    public string? Start { get; set; }

    [BindProperty]
    public string? End { get; set; }

    [BindProperty]
    public string? Mode { get; set; }

    [BindProperty]
    public string? Venue { get; set; }

    [BindProperty]
    public string? Host { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    public IReadOnlyList<MemberChoice> Members { get; protected set; } = [];

    public static IReadOnlyList<SelectListItem> ModeItems { get; } =
    [
        new("In person", nameof(MeetingMode.InPerson)),
        new("Online", nameof(MeetingMode.Online)),
    ];

    public IEnumerable<SelectListItem> HostItems =>
        [new("No host", ""), .. Members.Select(m => new SelectListItem(m.Name, m.Id.ToString(CultureInfo.InvariantCulture), Host == m.Id.ToString(CultureInfo.InvariantCulture)))];

    protected void Show(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        Start = meeting.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        End = meeting.EndTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        Mode = meeting.Mode.ToString();
        Venue = meeting.Venue;
        Host = meeting.HostMemberId?.ToString(CultureInfo.InvariantCulture);
        Link = meeting.Link;
    }

    /// Checks a date box and the shared fields; the times and place when they are all good.
    protected (TimeOnly Start, TimeOnly End, MeetingPlace Place)? CheckWhenAndWhere()
    {
        var start = VisitTimes.ParseStartTime(Start);
        var end = VisitTimes.ParseStartTime(End);
        if (start is null)
            ModelState.AddModelError(nameof(Start), string.IsNullOrWhiteSpace(Start) ? "Enter the start time" : "Enter the start time like 10am or 14:30");
        if (end is null)
            ModelState.AddModelError(nameof(End), string.IsNullOrWhiteSpace(End) ? "Enter the end time" : "Enter the end time like 12pm or 16:00");
        else if (start is not null && end <= start)
            ModelState.AddModelError(nameof(End), "The end time must be after the start time");
        MeetingPlace? place = null;
        if (Mode == nameof(MeetingMode.InPerson))
        {
            var host = Members.FirstOrDefault(m => m.Id.ToString(CultureInfo.InvariantCulture) == Host);
            if (!string.IsNullOrEmpty(Host) && host is null)
                ModelState.AddModelError(nameof(Host), "Select the host from the list of members");
            if (string.IsNullOrWhiteSpace(Venue))
                ModelState.AddModelError(nameof(Venue), "Enter where the meeting is");
            else if (Venue.Trim().Length > Meeting.VenueMaxLength)
                ModelState.AddModelError(nameof(Venue), $"The venue must be {Meeting.VenueMaxLength} characters or fewer");
            else
                place = new MeetingPlace(MeetingMode.InPerson, Venue, host?.Id, host?.Name, null);
        }
        else if (Mode == nameof(MeetingMode.Online))
        {
            var link = Link?.Trim();
            if (string.IsNullOrEmpty(link))
                ModelState.AddModelError(nameof(Link), "Enter the link for the online meeting");
            else if (link.Length > Meeting.LinkMaxLength)
                ModelState.AddModelError(nameof(Link), $"The link must be {Meeting.LinkMaxLength} characters or fewer");
            else if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                ModelState.AddModelError(nameof(Link), "Enter the link as a web address, like https://meet.example/network");
            else
                place = MeetingPlace.Online(link);
        }
        else
        {
            ModelState.AddModelError(nameof(Mode), "Select whether the meeting is in person or online");
        }

        return start is { } s && end is { } e && e > s && place is not null ? (s, e, place) : null;
    }

    /// A date box: checked for a real date within two years either side of today.
    protected DateOnly? CheckDate(string field, DateInput input, DateOnly today, bool required)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.IsEmpty)
        {
            if (required)
                ModelState.AddModelError(field, "Enter the date of the meeting");
            return null;
        }

        if (!input.TryGetDate(out var day))
            ModelState.AddModelError(field, "The date must be a real date, like 14 3 2027");
        else if (day > today.AddYears(2) || day < today.AddYears(-2))
            ModelState.AddModelError(field, "The date must be within two years of today");
        else
            return day;
        return null;
    }
}
