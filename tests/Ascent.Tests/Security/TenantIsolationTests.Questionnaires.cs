using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Security;

/// Tenant isolation of questionnaire rounds: another LA and another setting find nothing, change nothing.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task QuestionnaireRounds_AreSeenOnlyByTheirLocalAuthorityAndSetting()
    {
        var settingId = app.World.SettingA1Id;
        var (roundId, token) = await app.WithDbAsync(async (db, services) =>
        {
            var instrument = services.GetRequiredService<InstrumentCatalogue>().Get("parent-questionnaire");
            var setting = await db.Settings.SingleAsync(s => s.Id == settingId);
            var audit = new Audit(setting, null, instrument, AuditMode.ItemScores, app.Time.Today(), "Olu Owner", app.Time.GetUtcNow());
            var (round, token) = QuestionnaireRound.Start(audit, instrument, app.Time.Today().AddDays(7), app.Time.GetUtcNow());
            round.Answer(new LikertResponse("age-2", new Dictionary<string, int?> { ["1"] = 4 }), "Answered online", app.Time.Today(), app.Time.GetUtcNow());
            db.Audits.Add(audit);
            db.QuestionnaireRounds.Add(round);
            await db.SaveChangesAsync();
            return (round.Id, token);
        });
        string[] pages = [$"/questionnaires/{roundId}", $"/settings/{settingId}/questionnaires"];
        string[] running = [$"/questionnaires/{roundId}/link", $"/questionnaires/{roundId}/paper", $"/questionnaires/{roundId}/close", $"/settings/{settingId}/questionnaires/new"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var page in pages.Concat(running))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync(page)).Status);

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            foreach (var page in pages.Concat(running))
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).Status);
            var antiforgery = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            foreach (var post in new[] { $"/questionnaires/{roundId}/close", $"/questionnaires/{roundId}/link", $"/questionnaires/{roundId}/paper", $"/questionnaires/{roundId}?handler=Accept" })
            {
                var response = await browser.PostAsync(post, new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = antiforgery,
                    ["Input.Group"] = "age-2",
                    ["Input.Answers[0]"] = "5",
                    ["item"] = "1",
                });
                Assert.Equal(HttpStatusCode.NotFound, response.Status);
            }
        }

        // The link answers anyone, without an account, into its own round only.
        using var anonymous = app.NewBrowser();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/q/{token}")).Status);
        var state = await app.WithDbAsync((db, _) => db.QuestionnaireRounds.Where(r => r.Id == roundId)
            .Select(r => new { r.Audit.Status, r.Version, Sheets = r.Audit.Sheets.Count, Goals = db.AuditGoals.Count(g => g.AuditId == r.AuditId) }).SingleAsync());
        Assert.Equal((AuditStatus.InProgress, 0, 1, 0), (state.Status, state.Version, state.Sheets, state.Goals));
    }
}
