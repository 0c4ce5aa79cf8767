using System.Net;
using Ascent.Tests.Pages.Partnerships;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// A partnership is its LA's, and read by the settings that belong to it now: a member setting sees the partnership
/// and all its members (a partner's contact too); a setting of the same LA not in it, another LA, and a member that
/// has left see neither.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task APartnership_IsSeenByItsMembersAndItsLa_AndByNoOneElse()
    {
        var id = await PartnershipWorld.MakeAsync(app, "Isolation cluster", [app.World.SettingA1Id], partner: true);
        var (memberId, kindId) = await app.WithDbAsync(async (db, _) => (
            await db.PartnershipMembers.Where(m => m.PartnershipId == id && m.SettingId == app.World.SettingA1Id).Select(m => m.Id).SingleAsync(),
            await db.Partnerships.Where(p => p.Id == id).Select(p => p.KindId).SingleAsync()));
        string[] runPages = [$"/partnerships/{id}/edit", $"/partnerships/{id}/members/settings", $"/partnerships/{id}/members/partner",
            $"/partnerships/{id}/members/upload", $"/partnerships/{id}/members/{memberId}", $"/partnerships/kinds/{kindId}"];

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        foreach (var url in runPages.Prepend($"/partnerships/{id}"))
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url, follow: false)).Status);

        using var member = app.NewBrowser();
        await member.SignInAsync(TestWorld.OwnerA1);
        var seen = await member.GetAsync($"/partnerships/{id}", follow: false);
        Assert.Equal(HttpStatusCode.OK, seen.Status);
        var text = seen.Document.Body!.TextContent;
        Assert.Contains(PartnershipWorld.PartnerName, text, StringComparison.Ordinal);
        Assert.Contains(PartnershipWorld.PartnerEmail, text, StringComparison.Ordinal);
        Assert.Contains("Isolation cluster", (await member.GetAsync("/partnerships")).Document.Body!.TextContent, StringComparison.Ordinal);

        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync($"/partnerships/{id}", follow: false)).Status);
        Assert.DoesNotContain("Isolation cluster", (await otherSetting.GetAsync("/partnerships")).Text, StringComparison.Ordinal);

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var url in runPages.Prepend($"/partnerships/{id}"))
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(url, follow: false)).Status);
        var list = (await otherLa.GetAsync("/partnerships")).Text;
        Assert.DoesNotContain("Isolation cluster", list, StringComparison.Ordinal);
        Assert.DoesNotContain(PartnershipWorld.PartnerEmail, list, StringComparison.Ordinal);

        // Once the setting leaves, it no longer sees the partnership or its members.
        await app.WithDbAsync(async (db, _) =>
        {
            var p = await db.Partnerships.Include(x => x.Members).SingleAsync(x => x.Id == id);
            p.RemoveMember(memberId, new DateOnly(2026, 11, 1));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/partnerships/{id}", follow: false)).Status);
        Assert.DoesNotContain("Isolation cluster", (await member.GetAsync("/partnerships")).Text, StringComparison.Ordinal);
    }
}
