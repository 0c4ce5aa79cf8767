using Ascent.Tests.Support;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Offer.Bookings;

/// Courses of LA A for the booking tests, published, with their first session some days after the fixture's today.
public static class BookingWorld
{
    public static async Task<int> CourseAsync(AscentFixture app, string title, int capacity, int? limit, int daysAhead, int pricePence = 9500)
    {
        ArgumentNullException.ThrowIfNull(app);
        return await app.WithDbAsync(async (db, _) =>
        {
            var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            var item = new OfferItem(app.World.TenantAId, OfferKind.Course,
                new OfferDetails(title, "A course for the booking tests.", "Managers", null, OfferDelivery.InPerson, "Town hall", capacity, limit, pricePence, null),
                "Test", app.Time.GetUtcNow());
            item.AddSession(today.AddDays(daysAhead), new TimeOnly(9, 30), new TimeOnly(12, 30), null);
            item.AddSession(today.AddDays(daysAhead + 7), new TimeOnly(9, 30), new TimeOnly(12, 30), null);
            item.Publish("Test", app.Time.GetUtcNow());
            db.OfferItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
    }

    public static async Task<int> ServiceAsync(AscentFixture app, string title)
    {
        ArgumentNullException.ThrowIfNull(app);
        return await app.WithDbAsync(async (db, _) =>
        {
            var item = new OfferItem(app.World.TenantAId, OfferKind.Service,
                new OfferDetails(title, "A service for the booking tests.", "Managers", null, OfferDelivery.InPerson, null, null, null, 15000, null),
                "Test", app.Time.GetUtcNow());
            item.Publish("Test", app.Time.GetUtcNow());
            db.OfferItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
    }

    /// Books through the service, as the system (the pages' checks are the page tests' business).
    public static Task<BookResult> BookAsync(AscentFixture app, int itemId, int settingId, bool wait, params (string Name, string? Email)[] people)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync((_, services) => services.GetRequiredService<OfferBookings>()
            .BookAsync(new BookRequest(itemId, settingId, [.. people.Select(p => new BookingPerson(p.Name, p.Email))], wait, null), CancellationToken.None));
    }
}
