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

/// The shared plan as an inspector reads it by link: the evidence behind it, with its files while the link works,
/// and a link past its time refused. A test here moves the clock: each test class has its own fixture.
public abstract class SharedPlanTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task TheSharedPlanListsTheEvidenceBehindIt_AndItsFilesDownloadWhileTheLinkWorks()
    {
        var (token, used, unused) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingB1Id);
            var goal = new PlanGoal(setting, GoalSource.Own, "Test", app.Time.GetUtcNow());
            goal.Describe("Snack times are calm and sociable", null, null, null, GoalPriority.Medium, null, null);
            var audit = new Ascent.Web.Domain.Evidence.EvidenceItem(setting.TenantId, setting.Id, "Test", app.Time.GetUtcNow());
            audit.Describe("Mealtime audit", "Observed three snack times", null, app.Time.Today().AddMonths(-2));
            audit.Attach("audit.txt", "text/plain", "calm: 3 of 3"u8.ToArray());
            var draft = new Ascent.Web.Domain.Evidence.EvidenceItem(setting.TenantId, setting.Id, "Test", app.Time.GetUtcNow());
            draft.Describe("Staff notes not for sharing", null, null, app.Time.Today());
            draft.Attach("notes.txt", "text/plain", "private"u8.ToArray());
            db.PlanGoals.Add(goal);
            db.EvidenceItems.AddRange(audit, draft);
            db.EvidenceUses.Add(Ascent.Web.Domain.Evidence.EvidenceUse.ForGoal(audit, goal));
            var (link, secret) = PlanShareLink.Create(setting, "Ofsted inspection", 2, "Test", app.Time.GetUtcNow());
            db.PlanShareLinks.Add(link);
            await db.SaveChangesAsync();
            return (secret, audit.Id, draft.Id);
        });

        using var inspector = app.NewBrowser();
        var shared = await inspector.GetAsync($"/shared/plan/{token}");
        var text = shared.Document.Body!.TextContent;
        Assert.Contains("Mealtime audit", text, StringComparison.Ordinal);
        Assert.Contains("Observed three snack times", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff notes not for sharing", text, StringComparison.Ordinal);
        var file = await inspector.GetAsync(shared.Document.QuerySelector("main a[href*='handler=File']")!.GetAttribute("href")!.Replace("?", $"/shared/plan/{token}?", StringComparison.Ordinal));
        Assert.Equal("calm: 3 of 3", file.Text);
        // Evidence the plan does not use, or an unknown link, gets nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/shared/plan/{token}?handler=File&evidenceId={unused}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/shared/plan/{token}x?handler=File&evidenceId={used}")).Status);
        Assert.Equal(2, await app.WithDbAsync((db, _) => db.PlanShareAccesses.IgnoreQueryFilters().CountAsync(a => a.SettingId == app.World.SettingB1Id)));
    }

    [Fact]
    public async Task AnExpiredLink_IsRefused_AndAnUnknownOneIsNotFound()
    {
        var token = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.SingleAsync(s => s.Id == app.World.SettingA2Id);
            var (link, secret) = PlanShareLink.Create(setting, "Authorised officer visit", 1, "Oona Owner", app.Time.GetUtcNow());
            db.PlanShareLinks.Add(link);
            await db.SaveChangesAsync();
            return secret;
        });
        using var inspector = app.NewBrowser();
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/shared/plan/{token}")).Status);

        // The fixture's clock only moves forward; this class owns its fixture, so moving it on harms no one.
        app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var expired = await inspector.GetAsync($"/shared/plan/{token}");
        Assert.Equal(HttpStatusCode.Gone, expired.Status);
        Assert.Contains("This link has expired", expired.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/shared/plan/{token}x")).Status);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        var list = await owner.GetAsync($"/settings/{app.World.SettingA2Id}/plan/share");
        Assert.Contains("Expired", list.Document.QuerySelector("main .govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.Document.QuerySelector("main form[action*='handler=Revoke']"));
    }
}

public sealed class SharedPlanTestsOnSqlite(SqliteFixture app) : SharedPlanTests<SqliteFixture>(app);

public sealed class SharedPlanTestsOnPostgres(PostgresFixture app) : SharedPlanTests<PostgresFixture>(app);
