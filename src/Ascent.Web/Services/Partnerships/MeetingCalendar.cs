using Ascent.Web.Domain.Partnerships;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MimeKit;

namespace Ascent.Web.Services.Partnerships;

/// The iCalendar (RFC 5545) invitation for a partnership's meeting, as a visit's (Services/Visits/VisitCalendar): the
/// UID stays for the life of the meeting and the SEQUENCE rises with each change sent, so calendar programs replace
/// the event, or remove it for a cancellation, rather than adding a second.
public static class MeetingCalendar
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";
    public const string TimeZone = "Europe/London";

    public static string Create(Meeting meeting, string summary, MailboxAddress organizer, MailboxAddress attendee, string method, string description)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(organizer);
        ArgumentNullException.ThrowIfNull(attendee);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.CalendarUid:N}@ascent",
            Sequence = meeting.CalendarSequence,
            Summary = summary,
            Description = description,
            Location = meeting.Mode == MeetingMode.Online ? meeting.Link : meeting.Venue,
            DtStart = new CalDateTime(meeting.Date.ToDateTime(meeting.StartTime), TimeZone),
            DtEnd = new CalDateTime(meeting.Date.ToDateTime(meeting.EndTime), TimeZone),
            Organizer = new Organizer("mailto:" + organizer.Address) { CommonName = organizer.Name },
            Status = method == Cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        calendarEvent.Attendees.Add(new Attendee("mailto:" + attendee.Address)
        {
            CommonName = attendee.Name,
            Role = ParticipationRole.RequiredParticipant,
            ParticipationStatus = EventParticipationStatus.NeedsAction,
            Rsvp = false,
        });
        var calendar = new Calendar { Method = method, ProductId = "-//Ascent//Partnership meetings//EN" };
        calendar.AddTimeZone(TimeZone);
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
