using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// Tenant isolation of improvement plans, share links and service statements.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task ImprovementPlans_AreSeenOnlyByTheirLocalAuthorityAndSetting()
    {
        var goalId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var goal = new Ascent.Web.Domain.Improvement.PlanGoal(setting, Ascent.Web.Domain.Improvement.GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            goal.Describe("A goal of Acorn's", null, null, null, Ascent.Web.Domain.Improvement.GoalPriority.High, null, null);
            db.PlanGoals.Add(goal);
            await db.SaveChangesAsync();
            return goal.Id;
        });
        var plan = $"/settings/{app.World.SettingA1Id}/plan";
        string[] pages = [plan, $"/plan-goals/{goalId}", $"{plan}/document", $"{plan}/print", $"{plan}/export?format=csv", $"{plan}/export?format=xlsx", $"{plan}/history", $"/plan-goals/{goalId}/history", $"{plan}/share"];
        string[] editing = [$"/settings/{app.World.SettingA1Id}/plan/goal", $"/settings/{app.World.SettingA1Id}/plan/goal/{goalId}"];

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
            var note = await browser.PostAsync($"/plan-goals/{goalId}?handler=Note", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["NoteText"] = "Not mine to write" });
            Assert.Equal(HttpStatusCode.NotFound, note.Status);
            // Another setting's goal id under one's own setting is not found either.
            var own2 = other == TestWorld.OwnerA2 ? app.World.SettingA2Id : app.World.SettingB1Id;
            var edit = await browser.PostAsync($"/settings/{own2}/plan/goal/{goalId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Outcome"] = "Overwritten", ["Version"] = "1" });
            Assert.Equal(HttpStatusCode.NotFound, edit.Status);
        }

        var (outcome, notes) = await app.WithDbAsync(async (db, _) => (
            await db.PlanGoals.IgnoreQueryFilters().Where(g => g.Id == goalId).Select(g => g.Outcome).SingleAsync(),
            await db.GoalNotes.IgnoreQueryFilters().CountAsync(n => n.GoalId == goalId)));
        Assert.Equal("A goal of Acorn's", outcome);
        Assert.Equal(0, notes);
    }

    [Fact]
    public async Task ShareLinks_AreMadeSeenAndRevokedOnlyByTheirSetting_AndShowOnlyTheirOwnSetting()
    {
        var (linkId, token) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var goal = new Ascent.Web.Domain.Improvement.PlanGoal(setting, Ascent.Web.Domain.Improvement.GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            goal.Describe("A shared goal of Acorn's", null, null, null, Ascent.Web.Domain.Improvement.GoalPriority.High, null, null);
            db.PlanGoals.Add(goal);
            var (link, secret) = Ascent.Web.Domain.Improvement.PlanShareLink.Create(setting, "Acorn's inspection", 7, "Olu Owner", app.Time.GetUtcNow());
            db.PlanShareLinks.Add(link);
            await db.SaveChangesAsync();
            return (link.Id, secret);
        });
        var tokenB = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingB1Id);
            var (link, secret) = Ascent.Web.Domain.Improvement.PlanShareLink.Create(setting, "Cedar's inspection", 7, "Bea Admin", app.Time.GetUtcNow());
            db.PlanShareLinks.Add(link);
            await db.SaveChangesAsync();
            return secret;
        });

        // Another LA's or another setting's people: not found, and nothing made or revoked.
        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{app.World.SettingA1Id}/plan/share")).Status);
            var antiforgery = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var make = await browser.PostAsync($"/settings/{app.World.SettingA1Id}/plan/share", new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["Purpose"] = "Not mine", ["Days"] = "7" });
            Assert.Equal(HttpStatusCode.NotFound, make.Status);
            var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["linkId"] = linkId.ToString(CultureInfo.InvariantCulture), ["version"] = "0" };
            Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/settings/{app.World.SettingA1Id}/plan/share?handler=Revoke", fields)).Status);
            // Nor is A1's link found under the other's own setting.
            if (other == TestWorld.OwnerA2)
                Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/settings/{app.World.SettingA2Id}/plan/share?handler=Revoke", fields)).Status);
        }

        var (links, revoked) = await app.WithDbAsync(async (db, _) => (
            await db.PlanShareLinks.IgnoreQueryFilters().CountAsync(l => l.SettingId == app.World.SettingA1Id),
            await db.PlanShareLinks.IgnoreQueryFilters().Where(l => l.Id == linkId).Select(l => l.RevokedAt).SingleAsync()));
        Assert.Equal(1, links);
        Assert.Null(revoked);

        // Each link shows its own setting alone.
        using var inspector = app.NewBrowser();
        var a = (await inspector.GetAsync($"/shared/plan/{token}")).Document.Body!.TextContent;
        Assert.Contains("A shared goal of Acorn's", a, StringComparison.Ordinal);
        Assert.DoesNotContain("Cedar", a, StringComparison.Ordinal);
        var b = (await inspector.GetAsync($"/shared/plan/{tokenB}")).Document.Body!.TextContent;
        Assert.Contains("Cedar Nursery", b, StringComparison.Ordinal);
        Assert.DoesNotContain("Acorn", b, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceStatements_AreSeenOnlyByTheirLocalAuthorityAndService()
    {
        var serviceId = await app.WithDbAsync(async (db, _) =>
        {
            var service = new Ascent.Web.Domain.Settings.Setting(app.World.TenantAId, $"SE-{Random.Shared.Next(10000000, 99999999)}", "Banksia Early Learning", "Centre-Based Care", null) { Regulator = "ACECQA" };
            db.Settings.Add(service);
            await db.SaveChangesAsync();
            return service.Id;
        });
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync($"/settings/{serviceId}/plan/service")).Status);
        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA1 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{serviceId}/plan/service")).Status);
        }

        // An English setting has no QIP front page.
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/settings/{app.World.SettingA1Id}/plan/service")).Status);
    }
}
