using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.SelfEvaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Improvement.Share;

/// Showing the plan to an inspector: the setting's owner makes a time-limited, read-only link; anyone with it reads
/// the plan and the latest finished self-evaluation and nothing else; every opening is logged for the setting; the
/// link stops working when revoked. The shared page itself, and expiry, are in SharedPlanTests.
public abstract class ShareLinkTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Owner_SharesThePlan_TheInspectorReadsIt_TheOpeningIsLogged_AndRevokingStopsIt()
    {
        var settingId = app.World.SettingA1Id;
        await SeedPlanAsync(settingId, "Every child has a key person", "Children settle quickly with their key person");
        await SeedPlanAsync(app.World.SettingA2Id, "A goal of Bramble's", "Bramble's own strengths");

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var plan = await owner.GetAsync($"/settings/{settingId}/plan");
        Assert.NotNull(plan.Document.QuerySelector($"main a[href='/settings/{settingId}/plan/share']"));
        var share = await owner.GetAsync($"/settings/{settingId}/plan/share");
        var refused = await owner.SubmitAsync(share, new Dictionary<string, string> { ["Purpose"] = "", ["Days"] = "31" }, "main form:not([action])");
        Assert.Contains("Enter what the link is for", refused.ErrorMessages);
        Assert.Contains("Enter a number of days from 1 to 30", refused.ErrorMessages);
        var made = await owner.SubmitAsync(refused, new Dictionary<string, string> { ["Purpose"] = "Ofsted inspection 3 December", ["Days"] = "7" }, "main form:not([action])");
        Assert.Empty(made.ErrorMessages);
        var url = made.Document.QuerySelector("main code.app-token")!.TextContent.Trim();
        Assert.StartsWith("https://localhost/shared/plan/", url, StringComparison.Ordinal);
        var token = url.Split('/').Last();

        // Only the hash is kept, in the link and in the audit trail.
        var (hash, expires, inAudit) = await app.WithDbAsync(async (db, _) =>
        {
            var link = await db.PlanShareLinks.SingleAsync(l => l.SettingId == settingId && l.Purpose == "Ofsted inspection 3 December");
            var audited = await db.AuditEntries.AnyAsync(a => a.NewValues != null && a.NewValues.Contains(token));
            return (link.TokenHash, link.ExpiresAt, audited);
        });
        Assert.Equal(PlanShareLink.HashToken(token), hash);
        Assert.NotEqual(token, hash);
        Assert.False(inAudit);
        Assert.Equal(app.Time.GetUtcNow().AddDays(7), expires, TimeSpan.FromMinutes(1));
        // Shown once: the list does not show the address again.
        Assert.DoesNotContain(token, (await owner.GetAsync($"/settings/{settingId}/plan/share")).Text, StringComparison.Ordinal);

        using var inspector = app.NewBrowser();
        inspector.Client.DefaultRequestHeaders.UserAgent.ParseAdd("InspectorBrowser/1.0");
        var shared = await inspector.GetAsync($"/shared/plan/{token}");
        Assert.Equal(HttpStatusCode.OK, shared.Status);
        var text = shared.Document.Body!.TextContent;
        Assert.Contains("Acorn Day Nursery (EY100001)", text, StringComparison.Ordinal);
        Assert.Contains("Every child has a key person", text, StringComparison.Ordinal);
        Assert.Contains("Write the key-person rota", text, StringComparison.Ordinal);
        Assert.Contains("Children settle quickly with their key person", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft words not finished yet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bramble", text, StringComparison.Ordinal);
        Assert.Contains("Ofsted inspection 3 December", text, StringComparison.Ordinal);
        // Read-only and standalone: no forms, no navigation, no links into Ascent.
        Assert.Null(shared.Document.QuerySelector("form"));
        Assert.Null(shared.Document.QuerySelector("nav"));
        Assert.Empty(shared.Document.QuerySelectorAll("a[href^='/']"));
        Assert.Contains("no-store", shared.Response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", shared.Response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("noindex", shared.Response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);

        var log = await owner.GetAsync($"/settings/{settingId}/plan/share");
        Assert.Contains("Once", log.Document.QuerySelector("main .govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("InspectorBrowser/1.0", log.Text, StringComparison.Ordinal);

        // The LA sees the links and their log, and cannot make or revoke one.
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var read = await adviser.GetAsync($"/settings/{settingId}/plan/share");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Contains("Ofsted inspection 3 December", read.Text, StringComparison.Ordinal);
        Assert.Contains("InspectorBrowser/1.0", read.Text, StringComparison.Ordinal);
        Assert.Null(read.Document.QuerySelector("main form"));

        var revoked = await owner.SubmitAsync(log, formSelector: "main form[action*='handler=Revoke']");
        Assert.Contains("has been revoked", revoked.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Revoked", revoked.Document.QuerySelector("main .govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        var gone = await inspector.GetAsync($"/shared/plan/{token}");
        Assert.Equal(HttpStatusCode.Gone, gone.Status);
        Assert.Contains("withdrawn", gone.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Every child has a key person", gone.Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.PlanShareAccesses.CountAsync(a => a.SettingId == settingId)));

        // A stale revoke (the version of the page before) changes nothing and says so.
        var again = await owner.SubmitAsync(log, formSelector: "main form[action*='handler=Revoke']");
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.PlanShareLinks.CountAsync(l => l.SettingId == settingId && l.RevokedAt != null)));
    }

    [Fact]
    public async Task APractitionerOrTheLocalAuthority_CannotMakeOrRevokeLinks()
    {
        var settingId = app.World.SettingA1Id;
        var linkId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.SingleAsync(s => s.Id == settingId);
            var (link, _) = PlanShareLink.Create(setting, "Kept by the owner", 7, "Olu Owner", app.Time.GetUtcNow());
            db.PlanShareLinks.Add(link);
            await db.SaveChangesAsync();
            return link.Id;
        });
        var before = await app.WithDbAsync((db, _) => db.PlanShareLinks.CountAsync(l => l.SettingId == settingId));

        foreach (var who in new[] { TestWorld.PractitionerA1, TestWorld.AdviserA })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(who);
            var page = await browser.GetAsync($"/settings/{settingId}/plan/share", follow: false);
            if (who == TestWorld.PractitionerA1)
                Assert.Contains("/account/access-denied", page.Location, StringComparison.Ordinal);
            var token = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var make = await browser.PostAsync($"/settings/{settingId}/plan/share", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Purpose"] = "Not mine to share", ["Days"] = "7" }, follow: false);
            Assert.Contains("/account/access-denied", make.Location, StringComparison.Ordinal);
            var revoke = await browser.PostAsync($"/settings/{settingId}/plan/share?handler=Revoke", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["linkId"] = linkId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = "0" }, follow: false);
            Assert.Contains("/account/access-denied", revoke.Location, StringComparison.Ordinal);
        }

        var (after, revoked) = await app.WithDbAsync(async (db, _) => (
            await db.PlanShareLinks.CountAsync(l => l.SettingId == settingId),
            await db.PlanShareLinks.Where(l => l.Id == linkId).Select(l => l.RevokedAt).SingleAsync()));
        Assert.Equal(before, after);
        Assert.Null(revoked);
    }

    private Task SeedPlanAsync(int settingId, string outcome, string strengths) => app.WithDbAsync(async (db, services) =>
    {
        var setting = await db.Settings.SingleAsync(s => s.Id == settingId);
        var goal = new PlanGoal(setting, GoalSource.Own, "Test", app.Time.GetUtcNow());
        goal.Describe(outcome, null, null, null, GoalPriority.High, "Every family knows their key person", null);
        goal.PlanSteps([new("Write the key-person rota", "Mo Manager", null, false)]);
        db.PlanGoals.Add(goal);
        var framework = services.GetRequiredService<FrameworkRegistry>().Get("ofsted-renewed-2025");
        var evaluation = Evaluation.Start(setting, framework, "Test", app.Time.Today());
        evaluation.Record("inclusion", strengths, "Key-person records", "Home visits", null);
        evaluation.Finish("Test", app.Time.Today());
        db.SelfEvaluations.Add(evaluation);
        await db.SaveChangesAsync();
        // A draft in progress is the setting's working copy, not for the inspector.
        var draft = evaluation.StartNext(framework, "Test", app.Time.Today());
        draft.Record("inclusion", "Draft words not finished yet", null, null, null);
        db.SelfEvaluations.Add(draft);
        return await db.SaveChangesAsync();
    });
}

public sealed class ShareLinkTestsOnSqlite(SqliteFixture app) : ShareLinkTests<SqliteFixture>(app);

public sealed class ShareLinkTestsOnPostgres(PostgresFixture app) : ShareLinkTests<PostgresFixture>(app);
