using System.Globalization;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.BadInput;

/// The catalogue: making an item, changing it, its sessions, publishing (the
/// draft) and withdrawing (last: it ends the course's time in the catalogue), and the terms with their upload, as the
/// LA administrator.
public sealed partial class BadInputWorld
{
    private static string[] OfferCataloguePages =>
    [
        "/offer/new", "/offer/{id:int}/edit", "/offer/{id:int}/sessions", "/offer/{id:int}/publish",
        "/offer/{id:int}/withdraw", "/offer/terms", "/offer/{id:int}/sessions/{sessionId:int}/move",
    ];

    private static async Task<List<Target>> OfferCatalogueTargetsAsync(AscentFixture app)
    {
        var items = await OfferCatalogueSeed.CreateAsync(app);
        static string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        var session = await app.WithDbAsync((db, _) => db.OfferSessions.IgnoreQueryFilters().Where(s => s.OfferItemId == items.Course).Select(s => s.Id).FirstAsync());
        return
        [
            new(TestWorld.AdminA, "/offer/new?Kind=Course"),
            new(TestWorld.AdminA, $"/offer/{I(items.Course)}/edit"), new(TestWorld.AdminA, $"/offer/{I(items.Draft)}/sessions"),
            new(TestWorld.AdminA, $"/offer/{I(items.Draft)}/publish"), new(TestWorld.AdminA, "/offer/terms"),
            new(TestWorld.AdminA, $"/offer/{I(items.Course)}/sessions/{I(session)}/move"),
            new(TestWorld.AdminA, $"/offer/{I(items.Course)}/withdraw"),
        ];
    }
}
