using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The demo's charges (docs/offer.md#charges): a one-day first aid course held last month, with Little Acorns' two
/// staff (one attended, one did not come) and a member of staff from each of two other settings, its register taken
/// and its charges raised, so that the LA sees last month's charges and Little Acorns' manager a statement.
public static class DemoOfferCharges
{
    public const string Course = "Paediatric first aid refresher";
    public const int PricePence = 6000;
    public const string Attended = "Priya Shah";
    public const string NoShow = "Tom Reed";

    public static async Task SeedAsync(AppDbContext db, int tenantId, int demoSettingId, FrameworkRegistry frameworks, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var terms = await TermsAsync(db, tenantId, frameworks, now, cancellationToken);
        var day = new DateOnly(today.Year, today.Month, 1).AddMonths(-1).AddDays(14);
        var course = new OfferItem(tenantId, OfferKind.Course, new OfferDetails(Course,
            "A day's refresher of paediatric first aid for staff whose certificate is due for renewal.",
            "Practitioners", null, OfferDelivery.InPerson, "Northfield Early Years Centre", 12, 2, PricePence, null),
            DemoOffer.Publisher, now.AddDays(-60));
        var session = course.AddSession(day, new TimeOnly(9, 0), new TimeOnly(16, 0), null);
        course.Publish(DemoOffer.Publisher, now.AddDays(-60));
        db.OfferItems.Add(course);
        await db.SaveChangesAsync(cancellationToken);

        var others = await db.Settings.Where(s => s.TenantId == tenantId && s.Id != demoSettingId).OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync(cancellationToken);
        var places = new List<(int Setting, string Name, bool Present)> { (demoSettingId, Attended, true), (demoSettingId, NoShow, false) };
        places.AddRange(others.Select((id, i) => (id, i == 0 ? "Sam Okafor" : "Lee Bennett", true)));
        var price = new PlacePrice(PricePence, "Full price");
        var bookings = places.Select(p => (Booking.Place(course, p.Setting, p.Name, null, price, terms.Id, "Jo Clarke", now.AddDays(-50)), p.Present)).ToList();
        db.Bookings.AddRange(bookings.Select(b => b.Item1));
        await db.SaveChangesAsync(cancellationToken);

        var parsed = OfferTermsLoader.Parse(terms.Yaml, "demo terms", ShippedOfferTerms.StandingCodes(frameworks));
        var taken = Format.StartOfUkDay(day).AddHours(17);
        foreach (var (booking, present) in bookings)
        {
            db.SessionAttendances.Add(new SessionAttendance(booking, session, present, DemoOffer.Publisher, taken));
            var outcome = present ? BookingOutcome.Attended : BookingOutcome.NoShow;
            booking.RecordOutcome(outcome);
            if (ChargeRule.Due(outcome, booking.PricePence, parsed.NoShowCharge(course.Hours)) is { } due)
                db.Charges.Add(new Charge(booking, due.Reason, due.Pence, day, $"{Course}: {RegisterCharges.Words(outcome)}", DemoOffer.Publisher, taken));
        }

        session.RecordRegisterTaken(DemoOffer.Publisher, taken);
        await db.SaveChangesAsync(cancellationToken);
    }

    // The LA's terms as its bookings keep them: the version stored already, or the shipped terms as version 1.
    private static async Task<OfferTermsVersion> TermsAsync(AppDbContext db, int tenantId, FrameworkRegistry frameworks, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.OfferTermsVersions.Where(v => v.TenantId == tenantId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken) is { } stored)
            return stored;
        var shipped = ShippedOfferTerms.LoadFromFile(Path.Combine(AppContext.BaseDirectory, "offer", "terms.yaml"), frameworks);
        var version = new OfferTermsVersion(tenantId, 1, shipped.Terms.Name, shipped.Yaml, OfferTermsLibrary.ShippedBy, now);
        db.OfferTermsVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }
}
