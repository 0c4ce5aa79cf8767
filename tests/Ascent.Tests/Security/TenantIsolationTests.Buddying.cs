using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Partnerships;

namespace Ascent.Tests.Security;

/// A buddy pairing is its LA's, and read by the two settings it pairs: another LA finds neither the pairing nor its
/// visits, review or the setting it supports, and a setting of the same LA that is not one side finds nothing.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task ABuddyPairing_IsNotFoundByAnotherLaOrASettingNotInIt()
    {
        var (id, visitId) = await app.WithDbAsync(async (db, _) =>
        {
            var day = DateOnly.FromDateTime(AscentFixture.Start.UtcDateTime);
            var pairing = BuddyPairing.Propose(app.World.TenantAId, app.World.SettingA1Id, "Acorn Day Nursery", new BuddyLead(BuddyLeadKind.Practitioner, null, null, "Isolation Practitioner", "Elsewhere"),
                "Isolation buddying", day, day.AddMonths(3), [], 0, BuddyingLimit.Default, null, "Ada Admin", AscentFixture.Start);
            pairing.Start(day);
            var visit = pairing.PlanVisit(day.AddDays(7));
            db.BuddyPairings.Add(pairing);
            await db.SaveChangesAsync();
            return (pairing.Id, visit.Id);
        });
        string[] pages = [$"/buddying/{id}", $"/buddying/{id}/visits/new", $"/buddying/{id}/visits/{visitId}", $"/buddying/{id}/review"];

        using var la = app.NewBrowser();
        await la.SignInAsync(TestWorld.AdminA);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.OK, (await la.GetAsync(url, follow: false)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await la.GetAsync($"/buddying/new?setting={app.World.SettingB1Id}", follow: false)).Status);
        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(pages[0], follow: false)).Status);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(pages[2], follow: false)).Status);

        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(pages[0], follow: false)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(pages[2], follow: false)).Status);
        Assert.DoesNotContain("Isolation buddying", (await otherSetting.GetAsync("/buddying")).Text, StringComparison.Ordinal);
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(url, follow: false)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync($"/buddying/new?setting={app.World.SettingA1Id}", follow: false)).Status);
        Assert.DoesNotContain("Isolation Practitioner", (await otherLa.GetAsync("/buddying")).Text, StringComparison.Ordinal);
    }
}
