using Ascent.Web.Domain.Offer;

namespace Ascent.Web.Data.Demo;

/// The demo's catalogue (docs/offer.md): Northfield's services (the annual conversation, free for settings on a
/// support pathway; a free safeguarding consultation; a chargeable bespoke package), a free conference and a
/// chargeable two-session course. Terms are the shipped ones, stored as Northfield's version 1 when first read.
public static class DemoOffer
{
    public const string AnnualConversation = "Annual conversation with an improvement adviser";
    public const string SafeguardingConsultation = "Safeguarding telephone consultation";
    public const string BespokePackage = "Bespoke support package";
    public const string Conference = "Northfield early years conference";
    public const string Course = "Leading communication and language";
    public const string Publisher = "Alex Morgan";

    public static async Task SeedAsync(AppDbContext db, int tenantId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = new List<OfferItem>
        {
            Service(tenantId, AnnualConversation,
                "A conversation once a year with an improvement adviser about how the setting is doing and what it plans next.",
                "Managers and owners", 15000, "free-on-pathway", now),
            Service(tenantId, SafeguardingConsultation,
                "Advice by telephone from the safeguarding team on a concern about a child or an adult.",
                "Designated safeguarding leads", 0, null, now),
            Service(tenantId, BespokePackage,
                "A package of visits and coaching agreed with the setting, for a priority of its improvement plan.",
                "Managers and owners", 45000, null, now),
        };

        var conference = new OfferItem(tenantId, OfferKind.Event, new OfferDetails(Conference,
            "The annual conference for every early years setting in Northfield: this year, the early years foundation stage and children's communication.",
            "Everyone who works in early years", null, OfferDelivery.InPerson, "Northfield Civic Centre", 120, 4, 0, null),
            Publisher, now);
        conference.AddSession(today.AddDays(40), new TimeOnly(9, 0), new TimeOnly(15, 30), null);
        items.Add(conference);

        var course = new OfferItem(tenantId, OfferKind.Course, new OfferDetails(Course,
            "Two mornings on leading a communication-rich environment: the first on what the research says and an audit of your rooms, the second on coaching staff and checking the impact.",
            "Managers, deputies and room leaders", "Bring your setting's latest self-evaluation of communication and language.",
            OfferDelivery.InPerson, "Northfield Early Years Centre", 16, 2, 9500, null),
            Publisher, now);
        course.AddSession(today.AddDays(30), new TimeOnly(9, 30), new TimeOnly(12, 30), null);
        course.AddSession(today.AddDays(37), new TimeOnly(9, 30), new TimeOnly(12, 30), null);
        items.Add(course);

        foreach (var item in items)
            item.Publish(Publisher, now);
        db.OfferItems.AddRange(items);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static OfferItem Service(int tenantId, string title, string summary, string audience, int pence, string? rule, DateTimeOffset now) =>
        new(tenantId, OfferKind.Service, new OfferDetails(title, summary, audience, null, OfferDelivery.InPerson, null, null, null, pence, rule), Publisher, now);
}
