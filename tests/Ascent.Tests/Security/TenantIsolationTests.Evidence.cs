using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// Tenant isolation of evidence.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task Evidence_IsSeenOnlyByItsLocalAuthorityAndSetting()
    {
        var evidenceId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var item = new Ascent.Web.Domain.Evidence.EvidenceItem(setting.TenantId, setting.Id, "Olu Owner", app.Time.GetUtcNow());
            item.Describe("Acorn's risk assessment", null, null, new DateOnly(2026, 9, 1));
            item.Attach("risk.txt", "text/plain", [1, 2, 3]);
            db.EvidenceItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        var settingId = app.World.SettingA1Id;
        string[] pages = [$"/settings/{settingId}/evidence", $"/evidence/{evidenceId}", $"/evidence/{evidenceId}/file"];
        string[] editing = [$"/settings/{settingId}/evidence/item", $"/settings/{settingId}/evidence/item/{evidenceId}"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var page in pages.Concat(editing))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync(page)).Status);

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            foreach (var page in pages.Concat(editing))
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).Status);
            var token = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var own2 = other == TestWorld.OwnerA2 ? app.World.SettingA2Id : app.World.SettingB1Id;
            var edit = await browser.PostAsync($"/settings/{own2}/evidence/item/{evidenceId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Title"] = "Overwritten", ["GatheredOn.Day"] = "1", ["GatheredOn.Month"] = "9", ["GatheredOn.Year"] = "2026" });
            Assert.Equal(HttpStatusCode.NotFound, edit.Status);
        }

        Assert.Equal("Acorn's risk assessment", await app.WithDbAsync((db, _) => db.EvidenceItems.IgnoreQueryFilters().Where(e => e.Id == evidenceId).Select(e => e.Title).SingleAsync()));
    }
}
