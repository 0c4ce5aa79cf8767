using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Pages.Instruments.Results;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// Tenant isolation of audits' results, a setting's audits and the LA's aggregates.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task AuditResults_AreSeenOnlyByTheirLocalAuthorityAndSetting()
    {
        var a1 = app.World.SettingA1Id;
        var audit = await app.WithDbAsync(async (db, services) =>
            await ResultsSeed.RatingAsync(db, services, a1, null, "sstew", new DateOnly(2026, 11, 2), [("Ada Adviser", SheetKind.Observer, [2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6, 7, 2, 3])]));
        string[] pages = [$"/audits/{audit}/results", $"/settings/{a1}/audits"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync(page)).Status);
        Assert.Contains("Acorn Day Nursery", (await adviser.GetAsync("/audits")).Text, StringComparison.Ordinal);

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            foreach (var page in pages)
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).Status);
            // Accepting a suggestion of an audit one cannot see is not found, and makes no goal.
            var token = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var accept = await browser.PostAsync($"/audits/{audit}/results?handler=Accept", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["key"] = "item-1" });
            Assert.Equal(HttpStatusCode.NotFound, accept.Status);
        }

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.DoesNotContain("Acorn Day Nursery", (await otherLa.GetAsync("/audits")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Acorn Day Nursery", (await otherLa.GetAsync("/instruments/agreement")).Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.AuditGoals.IgnoreQueryFilters().CountAsync(g => g.AuditId == audit)));
    }
}
