using Ascent.Web.Domain.Offer;

namespace Ascent.Web.Data.Demo;

/// The catalogue's own demo items (docs/offer.md#catalogue): a course the LA has not published yet, so its offer team
/// sees the drafts section (and settings do not), and an item withdrawn from the catalogue with its reason.
public static class DemoOfferCatalogue
{
    public const string Draft = "Supporting children with SEND in the early years";
    public const string Withdrawn = "Paediatric first aid refresher";

    public static async Task SeedAsync(AppDbContext db, int tenantId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var draft = new OfferItem(tenantId, OfferKind.Course, new OfferDetails(Draft,
            "Three afternoons with the inclusion team on noticing a need early, working with families and the graduated approach.",
            "SENCOs and practitioners", null, OfferDelivery.Online, "Online: the link is sent the week before", 24, null, 6000, "free-below-good"),
            DemoOffer.Publisher, now);
        draft.AddSession(today.AddDays(50), new TimeOnly(13, 30), new TimeOnly(15, 30), null);

        var withdrawn = new OfferItem(tenantId, OfferKind.Event, new OfferDetails(Withdrawn,
            "A morning's refresher of paediatric first aid for staff whose certificate is due.",
            "Practitioners", "A paediatric first aid certificate from the last three years.", OfferDelivery.InPerson, "Northfield Early Years Centre", 12, 2, 0, null),
            DemoOffer.Publisher, now);
        withdrawn.AddSession(today.AddDays(21), new TimeOnly(9, 0), new TimeOnly(12, 0), null);
        withdrawn.Publish(DemoOffer.Publisher, now);
        withdrawn.Withdraw("The trainer is no longer available; it will run again in the spring.", DemoOffer.Publisher, now);

        db.OfferItems.AddRange(draft, withdrawn);
        await db.SaveChangesAsync(cancellationToken);
    }
}
