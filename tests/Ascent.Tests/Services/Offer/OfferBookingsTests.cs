using Ascent.Tests.Pages.Offer.Bookings;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Offer;

/// Booking's rules on both databases: the setting's limit, one person once, nothing after the start, the waiting list
/// moving up on a cancellation and telling the person, a late cancellation's one charge, substitutes and transfers,
/// and two people racing for the last place getting one place and one waiting-list place.
public abstract class OfferBookingsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private int A1 => app.World.SettingA1Id;

    private int A2 => app.World.SettingA2Id;

    [Fact]
    public async Task TheLimit_APersonTwice_AndAStartedCourse_AreRefusedNamingWhy()
    {
        var id = await BookingWorld.CourseAsync(app, "Limits course", capacity: 10, limit: 2, daysAhead: 30);
        Assert.Null((await BookingWorld.BookAsync(app, id, A1, false, ("Sam Lee", "sam@a1.test"), ("Kim Ray", null))).Refused);

        var third = await BookingWorld.BookAsync(app, id, A1, false, ("Pat Jones", null));
        Assert.Equal("Acorn Day Nursery already has 2 of its 2 places on Limits course: join the waiting list for Pat Jones", third.Refused);
        var twice = await BookingWorld.BookAsync(app, id, A1, true, ("Samuel Lee", "SAM@a1.test"));
        Assert.Equal("Samuel Lee already has a place on Limits course", twice.Refused);
        var waiting = await BookingWorld.BookAsync(app, id, A1, true, ("Pat Jones", null));
        Assert.Single(waiting.Waiting);

        var started = await BookingWorld.CourseAsync(app, "Started course", capacity: 10, limit: 2, daysAhead: -1);
        Assert.StartsWith("Started course started on", (await BookingWorld.BookAsync(app, started, A1, false, ("Sam Lee", null))).Refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancellation_MovesTheWaitingListUp_TellsThePerson_AndChargesOnlyOutsideTheWindow()
    {
        var late = await BookingWorld.CourseAsync(app, "Late course", capacity: 1, limit: 2, daysAhead: 13);
        var placed = (await BookingWorld.BookAsync(app, late, A1, false, ("Sam Lee", null))).Booked.Single();
        var waiting = (await BookingWorld.BookAsync(app, late, A2, true, ("Ola Berg", "ola@a2.test"))).Waiting.Single();

        Assert.Null(await Change(s => s.CancelAsync(placed.Id, placed.Version, "Ill", CancellationToken.None)));

        var (status, charges, mail) = await app.WithDbAsync(async (db, _) => (
            await db.Bookings.Where(b => b.Id == waiting.Id).Select(b => b.Status).SingleAsync(),
            await db.Charges.Where(c => c.BookingId == placed.Id).Select(c => new { c.Reason, c.AmountPence }).ToListAsync(),
            await db.OutboxMessages.Where(m => m.Recipients.Contains("ola@a2.test")).Select(m => m.Subject).ToListAsync()));
        Assert.Equal(BookingStatus.Booked, status);
        Assert.Equal((ChargeReason.LateCancellation, 9500), (charges.Single().Reason, charges.Single().AmountPence));
        Assert.Equal("A place on Late course for Ola Berg", mail.Single());

        var early = await BookingWorld.CourseAsync(app, "Early course", capacity: 5, limit: 2, daysAhead: 14);
        var free = (await BookingWorld.BookAsync(app, early, A1, false, ("Sam Lee", null))).Booked.Single();
        Assert.Null(await Change(s => s.CancelAsync(free.Id, free.Version, null, CancellationToken.None)));
        Assert.False(await app.WithDbAsync((db, _) => db.Charges.AnyAsync(c => c.BookingId == free.Id)));
    }

    [Fact]
    public async Task ASubstitute_AndATransfer_FollowTheTerms()
    {
        var first = await BookingWorld.CourseAsync(app, "Moving course", capacity: 2, limit: 2, daysAhead: 20);
        var second = await BookingWorld.CourseAsync(app, "Moving course", capacity: 5, limit: 2, daysAhead: 40);
        var soon = await BookingWorld.CourseAsync(app, "Moving course", capacity: 5, limit: 2, daysAhead: 3);
        var booking = (await BookingWorld.BookAsync(app, first, A1, false, ("Sam Lee", null))).Booked.Single();
        await BookingWorld.BookAsync(app, first, A1, false, ("Kim Ray", null));
        var waiting = (await BookingWorld.BookAsync(app, first, A2, true, ("Ola Berg", null))).Waiting.Single();

        Assert.Equal("Kim Ray already has a place on Moving course", await Change(s => s.SubstituteAsync(booking.Id, booking.Version, new BookingPerson("Kim Ray", null), CancellationToken.None)));
        Assert.Null(await Change(s => s.SubstituteAsync(booking.Id, booking.Version, new BookingPerson("Jo Park", null), CancellationToken.None)));
        Assert.Equal(OfferBookings.BookingStale, await Change(s => s.TransferAsync(booking.Id, booking.Version, second, CancellationToken.None)));

        var version = await app.WithDbAsync((db, _) => db.Bookings.Where(b => b.Id == booking.Id).Select(b => b.Version).SingleAsync());
        Assert.Null(await Change(s => s.TransferAsync(booking.Id, version, second, CancellationToken.None)));
        var after = await app.WithDbAsync(async (db, _) => (
            await db.Bookings.Where(b => b.Id == booking.Id).Select(b => new { b.OfferItemId, b.AttendeeName, b.PricePence }).SingleAsync(),
            await db.Bookings.Where(b => b.Id == waiting.Id).Select(b => b.Status).SingleAsync()));
        Assert.Equal((second, "Jo Park", 9500), (after.Item1.OfferItemId, after.Item1.AttendeeName, after.Item1.PricePence));
        Assert.Equal(BookingStatus.Booked, after.Item2);

        var close = (await BookingWorld.BookAsync(app, soon, A1, false, ("Lee Chan", null))).Booked.Single();
        Assert.StartsWith("A place moves to another date until 7 days before", await Change(s => s.TransferAsync(close.Id, close.Version, second, CancellationToken.None)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPeopleBookingTheLastPlaceAtOnce_GetOnePlaceAndOneWaitingListPlace()
    {
        // Both forms were read with the last place free; whichever saves second, at the database or a moment later,
        // is put on the waiting list and told the place went while they were booking.
        for (var round = 0; round < 8; round++)
        {
            var id = await BookingWorld.CourseAsync(app, $"Race course {round}", capacity: 1, limit: 2, daysAhead: 30);
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var seen = await app.WithDbAsync((db, _) => db.OfferItems.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
            Task<BookResult> Racer(int setting, string name) => app.WithDbAsync(async (_, services) =>
            {
                var bookings = services.GetRequiredService<OfferBookings>();
                await services.GetRequiredService<OfferTermsLibrary>().CurrentAsync(app.World.TenantAId, CancellationToken.None);
                await gate.Task;
                return await bookings.BookAsync(new BookRequest(id, setting, [new BookingPerson(name, null)], false, seen), CancellationToken.None);
            });
            var racers = new[] { Racer(A1, "Sam Lee"), Racer(A2, "Ola Berg") };
            gate.SetResult();
            var results = await Task.WhenAll(racers);

            var rows = await app.WithDbAsync((db, _) => db.Bookings.Where(b => b.OfferItemId == id).Select(b => b.Status).ToListAsync());
            Assert.Equal([BookingStatus.Booked, BookingStatus.Waiting], rows.Order());
            Assert.Equal(1, await app.WithDbAsync((db, _) => db.OfferItems.Where(i => i.Id == id).Select(i => i.PlacesTaken).SingleAsync()));
            Assert.All(results, r => Assert.Null(r.Refused));
            Assert.Single(results, r => r.LastPlaceWent);
        }
    }

    private Task<string?> Change(Func<OfferBookings, Task<string?>> change) =>
        app.WithDbAsync((_, services) => change(services.GetRequiredService<OfferBookings>()));
}

public sealed class OfferBookingsTestsOnSqlite(SqliteFixture app) : OfferBookingsTests<SqliteFixture>(app);

public sealed class OfferBookingsTestsOnPostgres(PostgresFixture app) : OfferBookingsTests<PostgresFixture>(app);
