using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Support;

/// A past two-session course of LA A with three places of setting A1: attended, partly attended and not attended.
public static class TrainingSeed
{
    public sealed record Seeded(int Item, int Attended, int Partly, int NoShow);

    public static Task<Seeded> CreateAsync(AscentFixture app) =>
        app.WithDbAsync(async (db, services) =>
        {
            // The LA's own current terms: a made-up version would become the latest and price every later booking.
            var (terms, _) = await services.GetRequiredService<OfferTermsLibrary>().CurrentAsync(app.World.TenantAId, CancellationToken.None);
            var item = new OfferItem(app.World.TenantAId, OfferKind.Course,
                new OfferDetails("Outdoor learning " + Guid.NewGuid().ToString("N")[..6], "", "Practitioners", null, OfferDelivery.InPerson, "The hall", 10, 5, 0, null),
                "Ada Admin", AscentFixture.Start);
            var start = DateOnly.FromDateTime(AscentFixture.Start.UtcDateTime);
            item.AddSession(start.AddDays(-20), new TimeOnly(9, 30), new TimeOnly(12, 30), null);
            item.AddSession(start.AddDays(-13), new TimeOnly(9, 30), new TimeOnly(12, 30), null);
            item.Publish("Ada Admin", AscentFixture.Start);
            db.OfferItems.Add(item);
            await db.SaveChangesAsync();
            var people = new[] { "Priya Shah", "Tom Reed", "Lee Moss" };
            var bookings = people.Select(p => Booking.Place(item, app.World.SettingA1Id, p, null, new PlacePrice(0, "Free"), terms.Id, "Owner", AscentFixture.Start)).ToList();
            db.Bookings.AddRange(bookings);
            await db.SaveChangesAsync();
            var sessions = item.Sessions.OrderBy(s => s.Number).ToList();
            bool[][] present = [[true, true], [true, false], [false, false]];
            for (var i = 0; i < bookings.Count; i++)
            {
                for (var s = 0; s < sessions.Count; s++)
                    db.SessionAttendances.Add(new SessionAttendance(bookings[i], sessions[s], present[i][s], "Ada Admin", AscentFixture.Start));
                bookings[i].RecordOutcome(AttendanceRule.Outcome(2, present[i].Count(p => p)));
            }

            await db.SaveChangesAsync();
            return new Seeded(item.Id, bookings[0].Id, bookings[1].Id, bookings[2].Id);
        });
}
