using Ascent.Tests.Support;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Offer;

/// Courses, bookings and charges made through the domain for the registers' and charges' tests, not through the
/// catalogue's or the bookings' pages: LA A's unless told, published, every place at the price given.
public static class OfferChargesWorld
{
    public sealed record Course(int ItemId, int[] SessionIds, int[] BookingIds);

    public static Task<Course> CourseAsync(AscentFixture app, string title, int pricePence, DateOnly[] days, (int SettingId, string Name)[] places, int? tenantId = null, OfferKind kind = OfferKind.Course) =>
        app.WithDbAsync(async (db, services) =>
        {
            var tenant = tenantId ?? app.World.TenantAId;
            var (version, _) = await services.GetRequiredService<OfferTermsLibrary>().CurrentAsync(tenant, CancellationToken.None);
            var item = new OfferItem(tenant, kind, new OfferDetails(title, "A test course.", "Practitioners", null, OfferDelivery.InPerson, "The centre", 20, 4, pricePence, null), "Test", AscentFixture.Start);
            foreach (var (day, i) in days.Select((d, i) => (d, i)))
                item.AddSession(day, i % 2 == 0 ? new TimeOnly(9, 30) : new TimeOnly(13, 30), i % 2 == 0 ? new TimeOnly(12, 30) : new TimeOnly(16, 30), null);
            item.Publish("Test", AscentFixture.Start);
            db.OfferItems.Add(item);
            await db.SaveChangesAsync();
            var bookings = places.Select(p => Booking.Place(item, p.SettingId, p.Name, null, new PlacePrice(pricePence, "Full price"), version.Id, "Test", AscentFixture.Start)).ToList();
            db.Bookings.AddRange(bookings);
            await db.SaveChangesAsync();
            return new Course(item.Id, [.. item.Sessions.OrderBy(s => s.Number).Select(s => s.Id)], [.. bookings.Select(b => b.Id)]);
        });

    /// A service requested by a setting and arranged by the LA, at the price given.
    public static Task<int> ArrangedServiceAsync(AscentFixture app, int settingId, int pricePence, int? tenantId = null) =>
        app.WithDbAsync(async (db, services) =>
        {
            var tenant = tenantId ?? app.World.TenantAId;
            var (version, _) = await services.GetRequiredService<OfferTermsLibrary>().CurrentAsync(tenant, CancellationToken.None);
            var item = new OfferItem(tenant, OfferKind.Service, new OfferDetails("Bespoke support", "Visits and coaching.", "Managers", null, OfferDelivery.InPerson, null, null, null, pricePence, null), "Test", AscentFixture.Start);
            item.Publish("Test", AscentFixture.Start);
            db.OfferItems.Add(item);
            await db.SaveChangesAsync();
            var booking = Booking.Request(item, settingId, "Sam Manager", null, new PlacePrice(pricePence, "Full price"), version.Id, "Test", AscentFixture.Start);
            booking.Arrange(item);
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });

    /// A charge put straight into the table, as the bookings' late cancellation raises it.
    public static Task<int> ChargeAsync(AscentFixture app, int bookingId, ChargeReason reason, int pence, DateOnly on) =>
        app.WithDbAsync(async (db, _) =>
        {
            var booking = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Bookings, b => b.Id == bookingId);
            var charge = new Charge(booking, reason, pence, on, "Test charge", "Test", AscentFixture.Start);
            db.Charges.Add(charge);
            await db.SaveChangesAsync();
            return charge.Id;
        });
}
