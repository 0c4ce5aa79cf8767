using Ascent.Web.Data;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// Moves an item's waiting list up into the places free now (Domain/Offer/WaitingList decides who), in the caller's
/// unsaved change: the caller saves the freed place, the promotions and their e-mails together. Call it after
/// anything that frees a place: a cancellation, a transfer away, capacity raised, a setting's limit freeing.
public sealed class OfferWaitingList(AppDbContext db, OfferTermsLibrary library, OfferBookingMail mail, TimeProvider time)
{
    public async Task<IReadOnlyList<Booking>> MoveUpAsync(OfferItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Status != OfferStatus.Published || item.Capacity is not { } capacity || LaClock.HasStarted(item, time))
            return [];
        var free = capacity - item.PlacesTaken;
        if (free <= 0)
            return [];

        // Every setting's places and waiting list count, not only the signed-in setting's: the rows are the item's own
        // tenant's, and only who moves up is decided from them. Tracked, so this request's unsaved changes (the place
        // just cancelled or moved) are what is read.
        var bookings = await db.Bookings.IgnoreQueryFilters()
            .Where(b => b.TenantId == item.TenantId && b.OfferItemId == item.Id && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.Waiting))
            .ToListAsync(cancellationToken);
        var current = bookings.Where(b => b.OfferItemId == item.Id).ToList();
        var held = current.Where(b => b.Status == BookingStatus.Booked).GroupBy(b => b.SettingId).ToDictionary(g => g.Key, g => g.Count());
        var waiting = current.Where(b => b.Status == BookingStatus.Waiting)
            .Select(b => new WaitingPlace(b.Id, b.SettingId, b.WaitingSince ?? b.BookedAt)).ToList();
        if (waiting.Count == 0)
            return [];
        var limit = item.PlacesPerSetting ?? (await library.CurrentAsync(item.TenantId, cancellationToken)).Terms.PlacesPerSetting;

        var moved = new List<Booking>();
        var now = time.GetUtcNow();
        foreach (var id in WaitingList.WhoMovesUp(waiting, held, limit, free))
        {
            var booking = current.Single(b => b.Id == id);
            booking.Promote(item, now);
            await mail.MovedUpAsync(booking, item, cancellationToken);
            moved.Add(booking);
        }

        return moved;
    }
}
