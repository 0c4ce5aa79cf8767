using Ascent.Web.Domain.Offer;

namespace Ascent.Tests.Support;

/// Items of LA A's catalogue made behind the pages' backs: a published course of two sessions (£95, two places per
/// setting), a draft course with one session, and a published service priced by the terms' `free-on-pathway`.
public static class OfferCatalogueSeed
{
    public sealed record Items(int Course, int Draft, int Service, string Suffix);

    public static Task<Items> CreateAsync(AscentFixture app) =>
        app.WithDbAsync(async (db, _) =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..8];
            var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            var now = app.Time.GetUtcNow();
            var course = new OfferItem(app.World.TenantAId, OfferKind.Course, Details("Course " + suffix, 16, 2, 9500, null), "Ada Admin", now);
            course.AddSession(today.AddDays(30), new TimeOnly(9, 30), new TimeOnly(12, 30), null);
            course.AddSession(today.AddDays(37), new TimeOnly(9, 30), new TimeOnly(12, 30), null);
            course.Publish("Ada Admin", now);
            var draft = new OfferItem(app.World.TenantAId, OfferKind.Course, Details("Draft " + suffix, 10, null, 0, null), "Ada Admin", now);
            draft.AddSession(today.AddDays(20), new TimeOnly(13, 0), new TimeOnly(15, 0), null);
            var service = new OfferItem(app.World.TenantAId, OfferKind.Service, Details("Service " + suffix, null, null, 15000, "free-on-pathway"), "Ada Admin", now);
            service.Publish("Ada Admin", now);
            db.OfferItems.AddRange(course, draft, service);
            await db.SaveChangesAsync();
            return new Items(course.Id, draft.Id, service.Id, suffix);
        });

    private static OfferDetails Details(string title, int? capacity, int? perSetting, int pence, string? rule) =>
        new(title, "What it is about.", "Managers", null, OfferDelivery.InPerson, "The centre", capacity, perSetting, pence, rule);
}
