using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Partnerships;

namespace Ascent.Tests.BadInput;

/// Buddying: the LA's limit, a new pairing for a setting, a proposed pairing (started from its page), and an active
/// one's visit planning, visit record and outcome review, as the LA administrator (one of the LA's improvement team).
public sealed partial class BadInputWorld
{
    private static string[] BuddyingPages =>
        ["/buddying/new", "/buddying/limit", "/buddying/{id:int}", "/buddying/{id:int}/visits/new", "/buddying/{id:int}/visits/{visitId:int}", "/buddying/{id:int}/review"];

    private static async Task<List<Target>> BuddyingTargetsAsync(AscentFixture app)
    {
        var (proposed, active, visit) = await app.WithDbAsync(async (db, _) =>
        {
            var day = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            BuddyPairing Pair(string lead) => BuddyPairing.Propose(app.World.TenantAId, app.World.SettingA1Id, "Acorn Day Nursery", new BuddyLead(BuddyLeadKind.Practitioner, null, null, lead, null),
                "Bad input buddying", day.AddDays(-30), day.AddMonths(3), [], 0, BuddyingLimit.Default, null, "Ada Admin", app.Time.GetUtcNow());
            var first = Pair("Bad Input Proposed");
            var second = Pair("Bad Input Active");
            second.Start(day.AddDays(-30));
            var planned = second.PlanVisit(day.AddDays(-7));
            db.BuddyPairings.AddRange(first, second);
            await db.SaveChangesAsync();
            return (first.Id, second.Id, planned.Id);
        });
        string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.AdminA, $"/buddying/new?setting={I(app.World.SettingA1Id)}"), new(TestWorld.AdminA, "/buddying/limit"),
            new(TestWorld.AdminA, $"/buddying/{I(proposed)}"), new(TestWorld.AdminA, $"/buddying/{I(active)}/visits/new"),
            new(TestWorld.AdminA, $"/buddying/{I(active)}/visits/{I(visit)}"), new(TestWorld.AdminA, $"/buddying/{I(active)}/review"),
        ];
    }
}
