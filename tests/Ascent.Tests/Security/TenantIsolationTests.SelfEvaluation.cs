using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Security;

/// Tenant isolation of self-evaluations, voices and guidance.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task SelfEvaluations_AreSeenOnlyByTheirLocalAuthorityAndSetting()
    {
        var (evaluationId, areaId) = await app.WithDbAsync(async (db, services) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var frameworks = services.GetRequiredService<Ascent.Web.Domain.Frameworks.FrameworkRegistry>();
            var evaluation = Ascent.Web.Domain.SelfEvaluation.Evaluation.Start(setting, frameworks.Get("ofsted-renewed-2025"), "Olu Owner", app.Time.Today());
            db.SelfEvaluations.Add(evaluation);
            await db.SaveChangesAsync();
            return (evaluation.Id, evaluation.Areas[0].Id);
        });
        string[] pages = [$"/settings/{app.World.SettingA1Id}/self-evaluation", $"/self-evaluations/{evaluationId}"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var page in pages.Append($"/settings/{app.World.SettingA1Id}/self-evaluation/inclusion"))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);

        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync(page)).Status);

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            foreach (var page in pages.Append($"/settings/{app.World.SettingA1Id}/self-evaluation/inclusion"))
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).Status);
            var token = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var post = await browser.PostAsync($"/settings/{app.World.SettingA1Id}/self-evaluation?handler=Finish", new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Version"] = "0",
            });
            Assert.Equal(HttpStatusCode.NotFound, post.Status);
            // Nor can another setting make a goal of its own from this one's self-evaluation.
            var theirSetting = other == TestWorld.OwnerA2 ? app.World.SettingA2Id : app.World.SettingB1Id;
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{theirSetting}/plan/goal?FromArea={areaId}")).Status);
        }

        Assert.Null(await app.WithDbAsync((db, _) => db.SelfEvaluations.IgnoreQueryFilters().Where(e => e.Id == evaluationId).Select(e => e.FinishedOn).SingleAsync()));
    }

    [Fact]
    public async Task Voices_AreSeenOnlyByTheirLocalAuthorityAndSetting_AndNobodyElseClosesOrCommentsOnThem()
    {
        var (evaluationId, invitationId) = await app.WithDbAsync(async (db, services) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA2Id);
            var frameworks = services.GetRequiredService<Ascent.Web.Domain.Frameworks.FrameworkRegistry>();
            var evaluation = Ascent.Web.Domain.SelfEvaluation.Evaluation.Start(setting, frameworks.Get("ofsted-renewed-2025"), "Oona Owner", app.Time.Today());
            db.SelfEvaluations.Add(evaluation);
            await db.SaveChangesAsync();
            var (invitation, _) = Ascent.Web.Domain.SelfEvaluation.VoiceInvitation.Create(evaluation, Ascent.Web.Domain.SelfEvaluation.VoiceAudience.Parent, "Parent of Zara", "Oona Owner", app.Time.GetUtcNow());
            db.VoiceInvitations.Add(invitation);
            await db.SaveChangesAsync();
            return (evaluation.Id, invitation.Id);
        });
        var voices = $"/settings/{app.World.SettingA2Id}/self-evaluation/voices";

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA2);
        Assert.Contains("Parent of Zara", (await own.GetAsync(voices)).Text, StringComparison.Ordinal);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var read = await adviser.GetAsync(voices);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.DoesNotContain("Parent of Zara", read.Text, StringComparison.Ordinal);
        Assert.Empty(read.Document.QuerySelectorAll("main form"));

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA1 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(voices)).Status);
            var token = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var close = await browser.PostAsync($"{voices}?handler=Close&invitationId={invitationId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            Assert.Equal(HttpStatusCode.NotFound, close.Status);
            var create = await browser.PostAsync($"{voices}?handler=Create", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Audience"] = "Parent" });
            Assert.Equal(HttpStatusCode.NotFound, create.Status);
            // Nor links for many: neither the pages nor their forms.
            foreach (var many in new[] { $"{voices}/emails", $"{voices}/sheet" })
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(many)).Status);
            var emailed = await browser.PostAsync($"{voices}/emails", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Audience"] = "Parent", ["Addresses"] = "zara.parent@example.test" });
            Assert.Equal(HttpStatusCode.NotFound, emailed.Status);
            var printed = await browser.PostAsync($"{voices}/sheet", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Audience"] = "Parent", ["Count"] = "3" });
            Assert.Equal(HttpStatusCode.NotFound, printed.Status);
            var comment = await browser.PostAsync($"/self-evaluations/{evaluationId}?handler=Comment", new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["area"] = "inclusion",
                ["Comments[inclusion]"] = "Not ours to comment on",
            });
            Assert.Equal(HttpStatusCode.NotFound, comment.Status);
        }

        // Another setting's link id under one's own setting is not found either.
        using var a1 = app.NewBrowser();
        await a1.SignInAsync(TestWorld.OwnerA1);
        var ownToken = (await a1.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var crossed = await a1.PostAsync($"/settings/{app.World.SettingA1Id}/self-evaluation/voices?handler=Close&invitationId={invitationId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = ownToken });
        Assert.Equal(HttpStatusCode.NotFound, crossed.Status);

        var (closedAt, invitations, comments) = await app.WithDbAsync(async (db, _) => (
            await db.VoiceInvitations.Where(i => i.Id == invitationId).Select(i => i.ClosedAt).SingleAsync(),
            await db.VoiceInvitations.CountAsync(i => i.EvaluationId == evaluationId),
            await db.SelfEvaluationComments.CountAsync(c => c.EvaluationId == evaluationId)));
        Assert.Null(closedAt);
        Assert.Equal(1, invitations);
        Assert.Equal(0, comments);
    }

    [Fact]
    public async Task SelfEvaluationGuidance_OfAnotherLocalAuthority_IsNeitherSeenNorChanged()
    {
        const string url = "/self-evaluation/guidance/ofsted-renewed-2025/safeguarding";
        await app.WithDbAsync(async (db, _) =>
        {
            db.AreaGuidance.Add(new Ascent.Web.Domain.SelfEvaluation.AreaGuidance(app.World.TenantAId, "ofsted-renewed-2025", "safeguarding", "Ashdown's own safeguarding prompt", "Ada Admin", app.Time.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminB);
        var form = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.DoesNotContain("Ashdown's own safeguarding prompt", form.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ashdown's own safeguarding prompt", (await browser.GetAsync("/self-evaluation/guidance")).Document.Body!.TextContent, StringComparison.Ordinal);
        // Ashdown's version changes nothing of Ashdown's; saving makes Brightwater's own wording beside it.
        var refused = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = "Brightwater's prompt", ["Version"] = "1" });
        Assert.Contains(refused.ErrorMessages, m => m.StartsWith("Someone else changed this guidance", StringComparison.Ordinal));
        await browser.SubmitAsync(refused);

        var texts = await app.WithDbAsync((db, _) => db.AreaGuidance.IgnoreQueryFilters().Where(g => g.AreaCode == "safeguarding")
            .Select(g => new { g.TenantId, g.Text }).ToListAsync());
        Assert.Equal("Ashdown's own safeguarding prompt", Assert.Single(texts, t => t.TenantId == app.World.TenantAId).Text);
        Assert.Equal("Brightwater's prompt", Assert.Single(texts, t => t.TenantId == app.World.TenantBId).Text);
    }

    [Fact]
    public async Task VoiceQuestions_OfAnotherLocalAuthority_AreNeitherSeenNorChanged()
    {
        const string url = "/self-evaluation/voice-questions/ofsted-renewed-2025/safeguarding/staff";
        await app.WithDbAsync(async (db, _) =>
        {
            db.AreaVoiceQuestions.Add(new Ascent.Web.Domain.SelfEvaluation.AreaVoiceQuestion(app.World.TenantAId, "ofsted-renewed-2025", "safeguarding",
                Ascent.Web.Domain.SelfEvaluation.VoiceAudience.Staff, new("Ashdown's heading", "Ashdown's own staff question?"), "Ada Admin", app.Time.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminB);
        var form = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.DoesNotContain("Ashdown's own staff question?", form.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ashdown's own staff question?", (await browser.GetAsync("/self-evaluation/voice-questions")).Document.Body!.TextContent, StringComparison.Ordinal);
        var refused = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Question"] = "Brightwater's question?", ["Version"] = "1" });
        Assert.Contains(refused.ErrorMessages, m => m.StartsWith("Someone else changed this question", StringComparison.Ordinal));
        await browser.SubmitAsync(refused);

        var questions = await app.WithDbAsync((db, _) => db.AreaVoiceQuestions.IgnoreQueryFilters().Where(q => q.AreaCode == "safeguarding")
            .Select(q => new { q.TenantId, q.Question }).ToListAsync());
        Assert.Equal("Ashdown's own staff question?", Assert.Single(questions, q => q.TenantId == app.World.TenantAId).Question);
        Assert.Equal("Brightwater's question?", Assert.Single(questions, q => q.TenantId == app.World.TenantBId).Question);
    }
}
