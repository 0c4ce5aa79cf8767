using System.Globalization;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// What cancelling a booking costs now, before it is confirmed.
public sealed record CancellationQuote(int Pence, string Reason, int DaysBefore);

public sealed partial class OfferBookings
{
    public const string BookingStale = "Someone else changed this booking after you opened the page. Check it as it is now and try again";

    /// What cancelling costs under the booking's own terms, counted from the LA's today to the first session. A
    /// waiting-list place or a request costs nothing.
    public async Task<CancellationQuote> QuoteAsync(Booking booking, OfferItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(item);
        var days = LaClock.DaysBefore(item, time);
        if (booking.Status != BookingStatus.Booked || item.StartsOn is null)
            return new CancellationQuote(0, booking.Status == BookingStatus.Waiting ? "A place on the waiting list costs nothing to cancel" : "No charge", days);
        var terms = await library.OfVersionAsync(booking.TermsVersionId, cancellationToken);
        var charge = terms.CancellationFor(booking.PricePence, days, item.Hours);
        return new CancellationQuote(charge.Pence, charge.Reason, days);
    }

    /// Cancels the booking; a late cancellation raises one charge; the freed place moves the waiting list up.
    public Task<string?> CancelAsync(int bookingId, int version, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(bookingId, version, async (booking, item) =>
        {
            if (booking.Status == BookingStatus.Booked && LaClock.HasStarted(item, time))
                return $"{item.Title} has started: the place for {booking.AttendeeName} cannot be cancelled now";
            var quote = await QuoteAsync(booking, item, cancellationToken);
            var freesPlace = booking.HoldsPlace;
            var by = db.CurrentUser.DisplayName;
            booking.Cancel(item, by, reason, quote.Pence, time.GetUtcNow());
            if (quote.Pence > 0)
            {
                var description = string.Create(CultureInfo.InvariantCulture,
                    $"Late cancellation: {item.Title}, {booking.AttendeeName}, cancelled {quote.DaysBefore} days before");
                db.Charges.Add(new Charge(booking, ChargeReason.LateCancellation, quote.Pence, LaClock.Today(time), description, by, time.GetUtcNow()));
            }

            if (freesPlace)
                await waitingList.MoveUpAsync(item, cancellationToken);
            return null;
        }, cancellationToken);

    /// Another named person of the same setting takes the place, while the booking's terms allow it.
    public Task<string?> SubstituteAsync(int bookingId, int version, BookingPerson person, CancellationToken cancellationToken) =>
        ChangeAsync(bookingId, version, async (booking, item) =>
        {
            ArgumentNullException.ThrowIfNull(person);
            var terms = await library.OfVersionAsync(booking.TermsVersionId, cancellationToken);
            if (!terms.SubstitutesUntilStart)
                return "The LA's terms do not allow a place to pass to someone else";
            if (LaClock.HasStarted(item, time))
                return $"{item.Title} has started: the place can no longer pass to {person.Name}";
            if (await HoldsPlaceAsync(item.Id, booking.SettingId, person, booking.Id, cancellationToken))
                return $"{person.Name} already has a place on {item.Title}";
            booking.Substitute(item, person.Name, person.Email, time.GetUtcNow());
            return null;
        }, cancellationToken);

    /// Moves the place to another published run of the same course (the same title) at the same price, until the
    /// terms' days before; the old run's waiting list moves up.
    public Task<string?> TransferAsync(int bookingId, int version, int toItemId, CancellationToken cancellationToken) =>
        ChangeAsync(bookingId, version, async (booking, item) =>
        {
            var terms = await library.OfVersionAsync(booking.TermsVersionId, cancellationToken);
            var days = LaClock.DaysBefore(item, time);
            if (days < terms.TransfersUntilDaysBefore)
                return $"A place moves to another date until {terms.TransfersUntilDaysBefore} days before the course; {item.Title} starts in {days} days";
            var to = await db.OfferItems.Include(i => i.Sessions).FirstOrDefaultAsync(i => i.Id == toItemId, cancellationToken);
            if (to is null || to.Id == item.Id || to.Title != item.Title || to.Status != OfferStatus.Published || LaClock.HasStarted(to, time))
                return "Choose another date of the same course that has not started";
            var limit = to.PlacesPerSetting ?? (await library.CurrentAsync(to.TenantId, cancellationToken)).Terms.PlacesPerSetting;
            var there = await db.Bookings.Where(b => b.OfferItemId == to.Id && b.SettingId == booking.SettingId
                && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.Waiting)).ToListAsync(cancellationToken);
            if (there.Any(b => WaitingList.SamePerson(booking.AttendeeName, booking.AttendeeEmail, b.AttendeeName, b.AttendeeEmail)))
                return $"{booking.AttendeeName} is already booked on the course of {Infrastructure.Format.Date(to.StartsOn)}";
            if (there.Count(b => b.Status == BookingStatus.Booked) >= limit)
                return $"Your setting already has {limit} of its {limit} places on the course of {Infrastructure.Format.Date(to.StartsOn)}";
            if (to.IsFull)
                return $"The course of {Infrastructure.Format.Date(to.StartsOn)} is full";
            booking.Transfer(item, to, time.GetUtcNow());
            await waitingList.MoveUpAsync(item, cancellationToken);
            return null;
        }, cancellationToken);

    /// The LA arranges a requested service; the setting is told.
    public Task<string?> ArrangeAsync(int bookingId, int version, CancellationToken cancellationToken) =>
        ChangeAsync(bookingId, version, async (booking, item) =>
        {
            booking.Arrange(item);
            await mail.ArrangedAsync(booking, item, cancellationToken);
            return null;
        }, cancellationToken);

    /// The LA declines a requested service, saying why; the setting is told.
    public Task<string?> DeclineAsync(int bookingId, int version, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(bookingId, version, async (booking, item) =>
        {
            booking.Decline(item, db.CurrentUser.DisplayName, reason.Trim(), time.GetUtcNow());
            await mail.DeclinedAsync(booking, item, reason.Trim(), cancellationToken);
            return null;
        }, cancellationToken);

    private async Task<bool> HoldsPlaceAsync(int itemId, int settingId, BookingPerson person, int exceptId, CancellationToken cancellationToken)
    {
        var others = await db.Bookings.Where(b => b.OfferItemId == itemId && b.SettingId == settingId && b.Id != exceptId
                && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.Waiting))
            .Select(b => new { b.AttendeeName, b.AttendeeEmail }).ToListAsync(cancellationToken);
        return others.Any(b => WaitingList.SamePerson(person.Name, person.Email, b.AttendeeName, b.AttendeeEmail));
    }

    /// Loads the booking and its item, refuses a stale version, applies the change and saves it with whatever it
    /// queued, tried again on a clash with another change to the same item. Null when saved; otherwise the reason.
    private Task<string?> ChangeAsync(int bookingId, int version, Func<Booking, OfferItem, Task<string?>> change, CancellationToken cancellationToken) =>
        RetryAsync<string?>(async _ =>
        {
            var booking = await db.Bookings.Include(b => b.Item!).ThenInclude(i => i.Sessions).FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
            if (booking?.Item is null)
                return "The booking was not found";
            if (booking.Version != version)
                return BookingStale;
            if (await change(booking, booking.Item) is { } refused)
            {
                db.ChangeTracker.Clear();
                return refused;
            }

            await db.SaveChangesAsync(cancellationToken);
            return null;
        }, reason => reason, cancellationToken);
}
