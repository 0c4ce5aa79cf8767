using System.Net;
using System.Security.Claims;
using Ascent.Tests.Support;
using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Security;

/// Children's rows (codes, names, scores, their action points) are the setting's alone: its LA, even an LA
/// administrator, and a system administrator get none, from any query or page; the round's totals are the LA's too.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task ScreenedChildren_AreSeenOnlyByTheirOwnSetting_NeverByTheLocalAuthority()
    {
        var (roundId, childId) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var room = new Room(setting, "Private room", "3 and 4");
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
            var child = new ScreenedChild(room, "Z99", "Zed Zebedee");
            var round = new ScreeningRound(room, "Autumn 2026", new DateOnly(2026, 11, 20), "Olu Owner");
            db.AddRange(child, round);
            await db.SaveChangesAsync();
            db.ChildScores.Add(new ChildScore(round, child, 2, 3));
            round.Keep(ScreeningSummary.Of([(2, 3)]), "Olu Owner", app.Time.GetUtcNow());
            db.ChildActionPoints.Add(new ChildActionPoint(round, child, "Watch Zed at lunch", "Kim", new DateOnly(2027, 1, 8), "Olu Owner", app.Time.GetUtcNow()));
            await db.SaveChangesAsync();
            return (round.Id, child.Id);
        });
        var a1 = app.World.SettingA1Id;
        string[] childPages = [$"/settings/{a1}/screening/children", $"/screening/children/{childId}", $"/screening/rounds/{roundId}/grid",
            $"/screening/rounds/{roundId}/export?Names=true", $"/screening/rounds/{roundId}/action?child={childId}"];

        // The queries: the LA's administrator and the system administrator get no child's row; the setting gets its own.
        Assert.Equal((0, 0, 0, 1), await CountsAsAsync(TestWorld.AdminA, Roles.LaAdministrator, app.World.TenantAId, null));
        Assert.Equal((0, 0, 0, 1), await CountsAsAsync(TestWorld.SystemAdmin, Roles.SystemAdministrator, null, null));
        Assert.Equal((0, 0, 0, 0), await CountsAsAsync(TestWorld.OwnerA2, Roles.SettingOwner, app.World.TenantAId, app.World.SettingA2Id));
        Assert.Equal((1, 1, 1, 1), await CountsAsAsync(TestWorld.OwnerA1, Roles.SettingOwner, app.World.TenantAId, a1));

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var page in childPages)
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);
        Assert.Contains("Zed Zebedee", (await own.GetAsync($"/screening/rounds/{roundId}")).Text, StringComparison.Ordinal);

        foreach (var la in new[] { TestWorld.AdminA, TestWorld.AdviserA, TestWorld.SystemAdmin })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(la);
            foreach (var page in childPages)
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).Status);
            var round = await browser.GetAsync($"/screening/rounds/{roundId}");
            Assert.Equal(HttpStatusCode.OK, round.Status);
            Assert.DoesNotContain("Z99", round.Document.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Zed", round.Document.Body!.TextContent, StringComparison.Ordinal);
        }

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            foreach (var page in childPages.Append($"/screening/rounds/{roundId}"))
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).Status);
        }

        // The audit trail, which the LA's administrator reads, records the change and who made it, not the values.
        var trail = await app.WithDbAsync((db, _) => db.AuditEntries.IgnoreQueryFilters()
            .Where(e => e.EntityType == nameof(ScreenedChild) || e.EntityType == nameof(ChildScore) || e.EntityType == nameof(ChildActionPoint))
            .Select(e => e.NewValues).ToListAsync());
        Assert.Equal(3, trail.Count);
        Assert.All(trail, values => Assert.DoesNotContain("Zed", values!, StringComparison.Ordinal));
        Assert.All(trail, values => Assert.DoesNotContain("Z99", values!, StringComparison.Ordinal));
    }

    /// Children, scores, child action points and rounds as one person would see them through the query filters.
    private Task<(int, int, int, int)> CountsAsAsync(string email, string role, int? tenantId, int? settingId) => app.WithDbAsync(async (_, services) =>
    {
        await using var scope = services.CreateAsyncScope();
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, app.World.UserIds[email].ToString()), new(ClaimTypes.Role, role)];
        if (tenantId is not null)
            claims.Add(new(CurrentUser.TenantClaim, tenantId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (settingId is not null)
            claims.Add(new(CurrentUser.SettingClaim, settingId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")),
        };
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.ScreenedChildren.CountAsync(), await db.ChildScores.CountAsync(), await db.ChildActionPoints.CountAsync(),
            await db.ScreeningRounds.CountAsync(r => r.SettingId == app.World.SettingA1Id && r.Name == "Autumn 2026" && r.StartedBy == "Olu Owner"));
    });
}
