using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// Moving a session of a course or event to a new date or time (docs/offer.md#catalogue). Everyone who holds a place
/// or waits for one is told, and so are their settings' owners and managers, through the outbox in the same save. A
/// form older than the item is refused, as every catalogue change is.
public sealed class OfferReschedule(AppDbContext db, TimeProvider time, OfferCatalogue catalogue, OfferBookingMail mail)
{
    public async Task<string?> MoveAsync(int id, int version, int sessionId, DateOnly date, TimeOnly starts, TimeOnly ends, string? venue, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(id, cancellationToken) is not { } item)
            return "The item is not in the catalogue";
        if (item.Version != version)
            return OfferCatalogue.Stale;
        if (item.Sessions.FirstOrDefault(s => s.Id == sessionId) is not { } session)
            return "That session is not one of this item's";
        var was = $"{Format.Date(session.Date)}, {Format.Time(session.Starts)} to {Format.Time(session.Ends)}";
        db.Entry(item).Property(i => i.Version).OriginalValue = version;
        try
        {
            item.RescheduleSession(session, date, starts, ends, venue, time.Today());
        }
        catch (Exception refused) when (refused is InvalidOperationException or ArgumentException)
        {
            db.ChangeTracker.Clear();
            return refused.Message.TrimEnd('.');
        }

        var now = $"{Format.Date(date)}, {Format.Time(starts)} to {Format.Time(ends)}";
        var waiting = await db.Bookings.Where(b => b.OfferItemId == item.Id && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.Waiting))
            .ToListAsync(cancellationToken);
        foreach (var booking in waiting)
            await mail.RescheduledAsync(booking, item, session.Number, was, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OfferCatalogue.Stale;
        }
    }
}
