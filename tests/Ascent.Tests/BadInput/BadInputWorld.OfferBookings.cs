using System.Globalization;
using Ascent.Tests.Pages.Offer.Bookings;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.BadInput;

/// Bookings: booking named staff, requesting a service, cancelling, passing a place on and moving it, as a setting's
/// owner; arranging or declining a request as LA A's administrator.
public sealed partial class BadInputWorld
{
    private static string[] OfferBookingPages =>
    [
        "/offer/{id:int}/book", "/offer/{id:int}/request", "/bookings/{id:int}", "/bookings/{id:int}/cancel",
        "/bookings/{id:int}/substitute", "/bookings/{id:int}/transfer",
    ];

    private static async Task<List<Target>> OfferBookingTargetsAsync(AscentFixture app)
    {
        var course = await BookingWorld.CourseAsync(app, "Bad input course", capacity: 20, limit: 4, daysAhead: 30);
        await BookingWorld.CourseAsync(app, "Bad input course", capacity: 20, limit: 4, daysAhead: 60);
        var service = await BookingWorld.ServiceAsync(app, "Bad input service");
        var booked = (await BookingWorld.BookAsync(app, course, app.World.SettingA1Id, false, ("Sam Lee", null), ("Kim Ray", null), ("Jo Park", null))).Booked;
        var requested = await app.WithDbAsync(async (db, _) =>
        {
            var item = await db.OfferItems.SingleAsync(i => i.Id == service);
            var version = await db.OfferTermsVersions.Where(v => v.TenantId == app.World.TenantAId).Select(v => v.Id).FirstAsync();
            var booking = Booking.Request(item, app.World.SettingA1Id, "Ali Reed", null, new PlacePrice(0, "Free"), version, "Test", app.Time.GetUtcNow(), "A visit");
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });
        string I(int n) => n.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.OwnerA1, $"/offer/{I(course)}/book"), new(TestWorld.OwnerA1, $"/offer/{I(service)}/request"),
            new(TestWorld.AdminA, $"/bookings/{I(requested)}"), new(TestWorld.OwnerA1, $"/bookings/{I(booked[0].Id)}/cancel"),
            new(TestWorld.OwnerA1, $"/bookings/{I(booked[1].Id)}/substitute"), new(TestWorld.OwnerA1, $"/bookings/{I(booked[2].Id)}/transfer"),
        ];
    }
}
