using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The demo's bookings (docs/offer.md#bookings): Little Acorns holds a place on the conference and one on the course
/// (leaving room for its second), another setting holds places on both, and a third has asked for the annual
/// conversation. Made under the LA's terms version 1, Ascent's shipped terms.
public static class DemoOfferBookings
{
    public const string CourseAttendee = "Priya Shah";
    public const string ConferenceAttendee = "Jo Clarke";

    public static async Task SeedAsync(AppDbContext db, FrameworkRegistry frameworks, int tenantId, int demoSettingId, IReadOnlyList<int> otherSettingIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(otherSettingIds);
        var terms = await db.OfferTermsVersions.FirstOrDefaultAsync(v => v.TenantId == tenantId, cancellationToken);
        if (terms is null)
        {
            var shipped = ShippedOfferTerms.LoadFromFile(Path.Combine(AppContext.BaseDirectory, "offer", "terms.yaml"), frameworks);
            terms = new OfferTermsVersion(tenantId, 1, shipped.Terms.Name, shipped.Yaml, OfferTermsLibrary.ShippedBy, now);
            db.OfferTermsVersions.Add(terms);
            await db.SaveChangesAsync(cancellationToken);
        }

        var items = await db.OfferItems.Where(i => i.TenantId == tenantId
            && (i.Title == DemoOffer.Course || i.Title == DemoOffer.Conference || i.Title == DemoOffer.AnnualConversation)).ToListAsync(cancellationToken);
        var course = items.Single(i => i.Title == DemoOffer.Course);
        var conference = items.Single(i => i.Title == DemoOffer.Conference);
        var conversation = items.Single(i => i.Title == DemoOffer.AnnualConversation);
        var full = new PlacePrice(course.PricePence, "Full price");
        var free = new PlacePrice(0, "Free to every setting");
        const string by = "Jo Clarke";
        db.Bookings.AddRange(
            Booking.Place(course, demoSettingId, CourseAttendee, "priya.shah@littleacorns.example", full, terms.Id, by, now),
            Booking.Place(conference, demoSettingId, ConferenceAttendee, "manager@littleacorns.example", free, terms.Id, by, now),
            Booking.Place(course, otherSettingIds[0], "Tom Hughes", null, full, terms.Id, DemoOffer.Publisher, now),
            Booking.Place(conference, otherSettingIds[0], "Amira Khan", null, free, terms.Id, DemoOffer.Publisher, now));
        var onPathway = await db.Cases.AnyAsync(c => c.SettingId == otherSettingIds[1] && c.Status == CaseStatus.Open, cancellationToken);
        var price = onPathway ? new PlacePrice(0, "Free while the setting is on a support pathway") : new PlacePrice(conversation.PricePence, "Full price");
        db.Bookings.Add(Booking.Request(conversation, otherSettingIds[1], "Helen Ward", null, price, terms.Id, DemoOffer.Publisher, now,
            "Our annual conversation, ideally in the spring term: we would like to talk about our new baby room."));
        await db.SaveChangesAsync(cancellationToken);
    }
}
