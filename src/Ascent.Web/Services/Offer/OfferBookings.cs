using Ascent.Web.Data;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// One person a setting books a place for.
public sealed record BookingPerson(string Name, string? Email);

/// A setting's booking of named people on an item. `JoinWaitingList` puts on the waiting list whoever finds no
/// place; `ItemVersion` is the item's version the form was opened at: when places went since, whoever finds none is
/// put on the waiting list and told, never booked past what the form showed nor silently refused.
public sealed record BookRequest(int ItemId, int SettingId, IReadOnlyList<BookingPerson> People, bool JoinWaitingList, int? ItemVersion);

/// What a booking did: the reason it was refused (nothing saved), or the places and waiting-list places made.
/// `LastPlaceWent` says a place the person saw was taken by someone else while they were booking.
public sealed record BookResult(string? Refused, IReadOnlyList<Booking> Booked, IReadOnlyList<Booking> Waiting, bool LastPlaceWent)
{
    public static BookResult No(string reason) => new(reason, [], [], false);
}

/// Every change to a booking goes through here (docs/offer.md#bookings): booking and joining the waiting list,
/// requesting a service, cancelling with its charge, substitutes and transfers, arranging or declining a request.
/// Each change saves the item too (its Version moves), so two changes to the same item at once cannot both save: the
/// loser is read again and decided again (a few tries), and the second person for the last place gets the waiting list.
public sealed partial class OfferBookings(AppDbContext db, TimeProvider time, OfferTermsLibrary library, OfferPrices prices, OfferWaitingList waitingList, OfferBookingMail mail)
{
    public const int Tries = 5;

    public Task<BookResult> BookAsync(BookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RetryAsync(attempt => BookOnceAsync(request, attempt, cancellationToken), BookResult.No, cancellationToken);
    }

    /// Asks for a service for a named contact, with what the setting needs in its own words.
    public Task<BookResult> RequestAsync(int itemId, int settingId, BookingPerson contact, string needs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return RetryAsync(async _ =>
        {
            var item = await db.OfferItems.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
            if (item is null || item.Kind != OfferKind.Service)
                return BookResult.No("Only a service of the offer is requested");
            if (item.Status != OfferStatus.Published)
                return BookResult.No($"{item.Title} is not open for requests");
            var (version, terms) = await library.CurrentAsync(item.TenantId, cancellationToken);
            var price = await prices.ForAsync(item, settingId, terms, cancellationToken);
            var booking = Booking.Request(item, settingId, contact.Name, contact.Email, price, version.Id, db.CurrentUser.DisplayName, time.GetUtcNow(), needs);
            db.Bookings.Add(booking);
            await db.SaveChangesAsync(cancellationToken);
            return new BookResult(null, [booking], [], false);
        }, BookResult.No, cancellationToken);
    }

    private async Task<BookResult> BookOnceAsync(BookRequest request, int attempt, CancellationToken cancellationToken)
    {
        var item = await db.OfferItems.Include(i => i.Sessions).FirstOrDefaultAsync(i => i.Id == request.ItemId, cancellationToken);
        if (item is null)
            return BookResult.No("The item of the offer was not found");
        // Someone else changed the item's places since the form was read (or since this request's last try).
        var raced = attempt > 0 || (request.ItemVersion is { } seen && seen != item.Version);
        var first = request.People.Count == 0 ? "" : request.People[0].Name;
        if (item.Kind == OfferKind.Service)
            return BookResult.No($"{item.Title} is a service: request it instead");
        if (item.Status != OfferStatus.Published)
            return BookResult.No($"{item.Title} is {(item.Status == OfferStatus.Draft ? "a draft" : "withdrawn")}: {first} cannot be booked on it");
        if (LaClock.HasStarted(item, time))
            return BookResult.No($"{item.Title} started on {Infrastructure.Format.Date(item.StartsOn)}: {first} can no longer be booked");

        var (version, terms) = await library.CurrentAsync(item.TenantId, cancellationToken);
        var limit = item.PlacesPerSetting ?? terms.PlacesPerSetting;
        var settingName = await db.Settings.Where(s => s.Id == request.SettingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (settingName is null)
            return BookResult.No("Choose the setting the places are for");
        var active = await db.Bookings.Where(b => b.OfferItemId == item.Id && b.SettingId == request.SettingId
            && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.Waiting)).ToListAsync(cancellationToken);
        if (Duplicate(item, active, request.People) is { } twice)
            return BookResult.No(twice);

        var held = active.Count(b => b.Status == BookingStatus.Booked);
        var free = item.Capacity is { } capacity ? capacity - item.PlacesTaken : int.MaxValue;
        var price = await prices.ForAsync(item, request.SettingId, terms, cancellationToken);
        var now = time.GetUtcNow();
        var by = db.CurrentUser.DisplayName;
        var booked = new List<Booking>();
        var waiting = new List<Booking>();
        var lastPlaceWent = false;
        foreach (var person in request.People)
        {
            if (held + booked.Count < limit && booked.Count < free)
            {
                booked.Add(Booking.Place(item, request.SettingId, person.Name, person.Email, price, version.Id, by, now));
                continue;
            }

            // The place this person saw went to someone else while they were booking: the waiting list, and say so.
            lastPlaceWent |= raced && !request.JoinWaitingList;
            if (!request.JoinWaitingList && !raced)
            {
                return BookResult.No(held + booked.Count >= limit
                    ? $"{settingName} already has {held + booked.Count} of its {limit} places on {item.Title}: join the waiting list for {person.Name}"
                    : $"{item.Title} is full: join the waiting list for {person.Name}");
            }

            waiting.Add(Booking.Wait(item, request.SettingId, person.Name, person.Email, price, version.Id, by, now));
        }

        db.Bookings.AddRange(booked);
        db.Bookings.AddRange(waiting);
        await db.SaveChangesAsync(cancellationToken);
        return new BookResult(null, booked, waiting, lastPlaceWent);
    }

    private static string? Duplicate(OfferItem item, IReadOnlyList<Booking> active, IReadOnlyList<BookingPerson> people)
    {
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            if (active.FirstOrDefault(b => WaitingList.SamePerson(person.Name, person.Email, b.AttendeeName, b.AttendeeEmail)) is { } already)
            {
                return already.Status == BookingStatus.Waiting
                    ? $"{person.Name} is already on the waiting list for {item.Title}"
                    : $"{person.Name} already has a place on {item.Title}";
            }

            if (people.Take(i).Any(p => WaitingList.SamePerson(person.Name, person.Email, p.Name, p.Email)))
                return $"{person.Name} is named twice: book each person once";
        }

        return null;
    }

    /// Runs a change, and on a concurrency clash (someone else changed the same item or booking first) forgets what
    /// it had read and runs it again, a few times. A rule the domain refuses comes back as the reason.
    private async Task<T> RetryAsync<T>(Func<int, Task<T>> change, Func<string, T> refused, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await change(attempt);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Tries - 1)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return refused("Others were changing these places at the same moment. Try again");
            }
            catch (InvalidOperationException rule)
            {
                db.ChangeTracker.Clear();
                return refused(rule.Message.TrimEnd('.'));
            }
        }
    }
}
