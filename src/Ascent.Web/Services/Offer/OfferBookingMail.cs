using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// The e-mails a booking change sends, through the outbox in the same save as the change: to the person named (when
/// they gave an address) and to their setting's owner and manager.
public sealed class OfferBookingMail(AppDbContext db, Outbox outbox, Links links)
{
    public Task MovedUpAsync(Booking booking, OfferItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(item);
        var cost = booking.PricePence == 0 ? "The place is free." : $"The place costs {Format.Pence(booking.PricePence)} ({booking.PriceReason}).";
        var when = item.StartsOn is { } starts ? $", which starts on {Format.Date(starts)}" : "";
        return SendAsync(booking, $"A place on {item.Title} for {booking.AttendeeName}",
            $"{booking.AttendeeName} has moved up from the waiting list and now has a place on {item.Title}{when}.\n\n{cost}", cancellationToken);
    }

    public Task ArrangedAsync(Booking booking, OfferItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(item);
        var cost = booking.PricePence == 0 ? "It is free." : $"It costs {Format.Pence(booking.PricePence)} ({booking.PriceReason}).";
        return SendAsync(booking, $"Your request is arranged: {item.Title}",
            $"The local authority has arranged {item.Title}, requested for {booking.AttendeeName}. An adviser will be in touch to agree the details.\n\n{cost}", cancellationToken);
    }

    public Task DeclinedAsync(Booking booking, OfferItem item, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(item);
        return SendAsync(booking, $"Your request is declined: {item.Title}",
            $"The local authority has declined the request for {item.Title} made for {booking.AttendeeName}.\n\nThe reason: {reason}", cancellationToken);
    }

    public Task RescheduledAsync(Booking booking, OfferItem item, int sessionNumber, string was, string now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(item);
        var place = booking.Status == BookingStatus.Waiting ? "is on the waiting list" : "has a place";
        return SendAsync(booking, $"{item.Title} has moved: session {sessionNumber}",
            $"Session {sessionNumber} of {item.Title}, where {booking.AttendeeName} {place}, has moved.\n\nIt was: {was}\nIt is now: {now}\n\n"
            + "If the new date does not suit, cancel or pass the place on in Ascent: the cancellation terms count from the first session's new date.", cancellationToken);
    }

    private async Task SendAsync(Booking booking, string subject, string text, CancellationToken cancellationToken)
    {
        // The setting's owner and manager are told even when another setting's change moved their place up: they are
        // read by the booking's own tenant and setting, past the filters that keep one setting's people from another's.
        var people = await db.ActiveUsersInRoles(Roles.SettingOwner, Roles.SettingManager).IgnoreQueryFilters()
            .Where(u => u.TenantId == booking.TenantId && u.SettingId == booking.SettingId && u.Email != null)
            .Select(u => new { u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var body = new StringBuilder(text).AppendLine().AppendLine().Append("See the booking in Ascent: ")
            .AppendLine(links.Absolute($"/bookings/{booking.Id}")).ToString();
        var sent = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (booking.AttendeeEmail is { } attendee && sent.Add(attendee))
            outbox.Add(booking.TenantId, attendee, booking.AttendeeName, subject, body);
        foreach (var person in people.Where(p => sent.Add(p.Email!)))
            outbox.Add(booking.TenantId, person.Email!, person.DisplayName, subject, body);
    }
}
