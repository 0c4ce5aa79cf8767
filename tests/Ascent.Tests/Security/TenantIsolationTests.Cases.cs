using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Security;

/// Tenant isolation of cases, pathways and funding proposals.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task Cases_OfAnotherLocalAuthority_CannotBeSeenOrChanged()
    {
        var (caseId, taskId, concernId) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingB1Id);
            var payload = "{\"FrameworkCode\":\"ofsted-eif-2019\",\"Date\":\"2026-10-01\",\"OverallGrade\":\"3\",\"Grades\":{\"overall\":\"3\"}}";
            db.ChangeEvents.Add(new Ascent.Web.Domain.Settings.ChangeEvent(setting.TenantId, setting.Id, "new-judgement", "Brightwater judged", payload, app.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
            await Ascent.Web.Jobs.PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
            var supportCase = await db.Cases.IgnoreQueryFilters().Include(c => c.Tasks).SingleAsync(c => c.SettingId == setting.Id && c.PathwayCode == "requires-improvement");
            var concern = new Ascent.Web.Domain.Cases.CaseConcern(supportCase, new DateOnly(2026, 10, 2), "A concern in Brightwater", "Bea Admin", app.Time.GetUtcNow());
            supportCase.Concerns.Add(concern);
            await db.SaveChangesAsync();
            return (supportCase.Id, supportCase.Tasks[0].Id, concern.Id);
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        foreach (var url in new[] { $"/cases/{caseId}", $"/cases/{caseId}/tasks/{taskId}", $"/cases/{caseId}/concerns", $"/cases/{caseId}/concerns/{concernId}", $"/cases/{caseId}/close" })
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).Status);
        Assert.DoesNotContain("Cedar Nursery", (await browser.GetAsync("/cases?Show=open")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cedar Nursery", (await browser.GetAsync("/tasks")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cedar Nursery", (await browser.GetAsync("/cases/export?format=csv")).Text, StringComparison.Ordinal);

        var ownForm = await browser.GetAsync($"/settings/{app.World.SettingA1Id}/groupings");
        var token = ownForm.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/cases/{caseId}/close", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Reason"] = "Closed from LA A" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/cases/{caseId}/tasks/{taskId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Note"] = "Done from LA A" })).Status);
        var (status, state) = await app.WithDbAsync(async (db, _) => (
            await db.Cases.IgnoreQueryFilters().Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync(),
            await db.CaseTasks.IgnoreQueryFilters().Where(t => t.Id == taskId).Select(t => t.State).SingleAsync()));
        Assert.Equal(Ascent.Web.Domain.Cases.CaseStatus.Open, status);
        Assert.Equal(Ascent.Web.Domain.Cases.CaseTaskState.Open, state);
    }

    [Fact]
    public async Task PathwayVersionsAndSchoolTerms_OfAnotherLocalAuthority_AreNotFound()
    {
        var (versionOfA, versionOfB, termOfB) = await app.WithDbAsync(async (db, services) =>
        {
            var pathways = services.GetRequiredService<Ascent.Web.Services.Cases.PathwayVersions>();
            var a = (await pathways.CurrentAsync(app.World.TenantAId, CancellationToken.None))[0].Version.Id;
            var b = (await pathways.CurrentAsync(app.World.TenantBId, CancellationToken.None))[0].Version.Id;
            var term = new Ascent.Web.Domain.Calendar.SchoolTerm(app.World.TenantBId, "Brightwater autumn", new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 18));
            db.SchoolTerms.Add(term);
            await db.SaveChangesAsync();
            return (a, b, term.Id);
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/pathways/versions/{versionOfA}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/pathways/versions/{versionOfB}")).Status);
        var terms = await browser.GetAsync("/pathways/terms");
        Assert.DoesNotContain("Brightwater autumn", terms.Text, StringComparison.Ordinal);
        var token = terms.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync($"/pathways/terms?handler=Remove&id={termOfB}", [new("__RequestVerificationToken", token)], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.True(await app.WithDbAsync((db, _) => db.SchoolTerms.IgnoreQueryFilters().AnyAsync(t => t.Id == termOfB)));
    }

    [Fact]
    public async Task FundingProposals_OfAnotherLocalAuthority_CannotBeSeenOrDecided()
    {
        var proposalB = await app.WithDbAsync(async (db, _) =>
        {
            var decision = new Ascent.Web.Domain.Funding.FundingDecision(app.World.TenantBId, app.World.SettingB1Id, [Ascent.Web.Domain.Funding.FundingEntitlements.TwoYearOlds],
                Ascent.Web.Domain.Funding.FundingState.Withdrawn, "test", "Brightwater's own proposal", null, null, app.Time.GetUtcNow());
            db.FundingDecisions.Add(decision);
            await db.SaveChangesAsync();
            return decision.Id;
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/funding/{proposalB}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/funding/{proposalB}?handler=Letter")).Status);
        Assert.DoesNotContain("Brightwater's own proposal", (await browser.GetAsync("/funding")).Text, StringComparison.Ordinal);
        var token = (await browser.GetAsync("/funding/letter-template")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync($"/funding/{proposalB}", [new("__RequestVerificationToken", token), new("Input.Decision", "reject"), new("Input.RejectionReason", "Not ours")], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        var state = await app.WithDbAsync((db, _) => db.FundingDecisions.Where(d => d.Id == proposalB).Select(d => d.State).SingleAsync());
        Assert.Equal(Ascent.Web.Domain.Funding.FundingDecisionState.Proposed, state);
    }
}
