using Ascent.Web.Domain.Visits;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MimeKit;

namespace Ascent.Web.Services.Visits;

/// The iCalendar (RFC 5545) invitation for a visit. The UID stays the same for the life of the visit and the
/// SEQUENCE rises with each change, so calendar programs replace the event (or remove it, for a cancellation)
/// rather than adding a second one.
public static class VisitCalendar
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    public static string Create(Visit visit, string settingName, MailboxAddress organizer, IEnumerable<MailboxAddress> attendees, string method, string description)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(organizer);
        var start = new CalDateTime(visit.StartsAtLocal, visit.TimeZone);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{visit.CalendarUid:N}@ascent",
            Sequence = visit.CalendarSequence,
            Summary = $"{visit.Title}: {settingName}",
            Description = description,
            Location = visit.Location,
            DtStart = start,
            DtEnd = new CalDateTime(visit.StartsAtLocal.AddMinutes(visit.DurationMinutes), visit.TimeZone),
            Organizer = new Organizer("mailto:" + organizer.Address) { CommonName = organizer.Name },
            Status = method == Cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        foreach (var attendee in attendees)
        {
            calendarEvent.Attendees.Add(new Attendee("mailto:" + attendee.Address)
            {
                CommonName = attendee.Name,
                Role = ParticipationRole.RequiredParticipant,
                ParticipationStatus = EventParticipationStatus.NeedsAction,
                Rsvp = false,
            });
        }

        var calendar = new Calendar { Method = method, ProductId = "-//Ascent//Visits//EN" };
        calendar.AddTimeZone(visit.TimeZone);
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
