using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.SelfEvaluation.Voices;

/// The questions parents and staff are asked: Ascent's wording from voices/questions.yaml until the LA writes its
/// own, which only its own settings' respondents see; going back to Ascent's deletes the LA's.
public abstract class VoiceQuestionsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string EditUrl = "/self-evaluation/voice-questions/ofsted-renewed-2025/inclusion/parents";
    private const string Ascents = "Do you feel your child is welcomed and included, whatever their needs? Is there anything we could do differently for them?";
    private const string Ours = "Does your child have a friend here? Who do they play with?";

    [Fact]
    public async Task TheLaRewordsAParentsQuestion_ItsNewRespondentsSeeIt_AnotherLasDoNot_AndItCanGoBack()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var list = await admin.GetAsync("/self-evaluation/voice-questions");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(Ascents, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("National Quality Standard", list.Text, StringComparison.Ordinal);
        var form = await admin.GetAsync(list.Document.QuerySelector($"main a[href='{EditUrl}']")!.GetAttribute("href")!);
        Assert.Equal("Including every child", form.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Heading]")!.Value);
        Assert.Equal(Ascents, form.Document.QuerySelector("textarea[name=Question]")!.TextContent.Trim());

        var refused = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Heading"] = " ", ["Question"] = new string('x', 301) });
        Assert.Equal(["Enter a heading", "The question must be 300 characters or fewer"], refused.ErrorMessages);
        var saved = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Heading"] = "Friends and belonging", ["Question"] = Ours });
        Assert.Equal("/self-evaluation/voice-questions", saved.Url);
        Assert.Contains("The question for parents and carers about Inclusion saved", saved.Text, StringComparison.Ordinal);
        Assert.Contains(Ours, saved.Text, StringComparison.Ordinal);

        // A parent of the LA's setting sees the new wording; staff and another LA's parents keep Ascent's.
        var mine = await AnswerPageAsync(app.World.SettingA1Id, VoiceAudience.Parent);
        Assert.Contains("Friends and belonging", mine, StringComparison.Ordinal);
        Assert.Contains(Ours, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(Ascents, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(Ours, await AnswerPageAsync(app.World.SettingA1Id, VoiceAudience.Staff), StringComparison.Ordinal);
        var theirs = await AnswerPageAsync(app.World.SettingB1Id, VoiceAudience.Parent);
        Assert.Contains(Ascents, theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(Ours, theirs, StringComparison.Ordinal);

        // Two people at once: the second sees their own words back and saves again knowingly.
        var open = await admin.GetAsync(EditUrl);
        await admin.SubmitAsync(await admin.GetAsync(EditUrl), new Dictionary<string, string> { ["Question"] = "Saved first?" });
        var stale = await admin.SubmitAsync(open, new Dictionary<string, string> { ["Question"] = "Saved second?" });
        Assert.Contains(stale.ErrorMessages, m => m.StartsWith("Someone else changed this question", StringComparison.Ordinal));
        Assert.Contains("Saved second?", stale.Text, StringComparison.Ordinal);
        Assert.Equal("Saved first?", await OwnQuestionAsync(app.World.TenantAId));

        var reset = await admin.SubmitAsync(await admin.GetAsync(EditUrl), formSelector: "main form[action*='handler=Reset']");
        Assert.Contains("is Ascent’s wording again", reset.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(await OwnQuestionAsync(app.World.TenantAId));
        Assert.Contains(Ascents, await AnswerPageAsync(app.World.SettingA1Id, VoiceAudience.Parent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingStaffAndAdvisers_CannotChangeTheQuestions_AndUnknownCodesAreNotFound()
    {
        foreach (var who in new[] { TestWorld.OwnerA1, TestWorld.AdviserA })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(who);
            Assert.Contains("/account/access-denied", (await browser.GetAsync("/self-evaluation/voice-questions", follow: false)).Location, StringComparison.Ordinal);
            Assert.Contains("/account/access-denied", (await browser.GetAsync(EditUrl, follow: false)).Location, StringComparison.Ordinal);
        }

        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        Assert.Equal(HttpStatusCode.OK, (await senior.GetAsync(EditUrl)).Status);
        foreach (var url in new[] { "/self-evaluation/voice-questions/no-such-framework/inclusion/parents", "/self-evaluation/voice-questions/ofsted-renewed-2025/overall/parents", "/self-evaluation/voice-questions/ofsted-renewed-2025/inclusion/children" })
            Assert.Equal(HttpStatusCode.NotFound, (await senior.GetAsync(url)).Status);
    }

    /// The answer page a new respondent of the setting opens.
    private async Task<string> AnswerPageAsync(int settingId, VoiceAudience audience)
    {
        var token = await app.WithDbAsync(async (db, services) =>
        {
            var draft = await db.SelfEvaluations.IgnoreQueryFilters().Include(e => e.Areas).FirstOrDefaultAsync(e => e.SettingId == settingId && e.FinishedOn == null);
            if (draft is null)
            {
                var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
                draft = Evaluation.Start(setting, services.GetRequiredService<FrameworkRegistry>().Get("ofsted-renewed-2025"), "Test", app.Time.Today());
                db.SelfEvaluations.Add(draft);
                await db.SaveChangesAsync();
            }

            var (invitation, secret) = VoiceInvitation.Create(draft, audience, null, "Test", app.Time.GetUtcNow());
            db.VoiceInvitations.Add(invitation);
            await db.SaveChangesAsync();
            return secret;
        });
        using var respondent = app.NewBrowser();
        var page = await respondent.GetAsync($"/voices/{token}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelector("main")!.TextContent;
    }

    private Task<string?> OwnQuestionAsync(int tenantId) => app.WithDbAsync((db, _) =>
        db.AreaVoiceQuestions.IgnoreQueryFilters().Where(q => q.TenantId == tenantId && q.AreaCode == "inclusion").Select(q => (string?)q.Question).SingleOrDefaultAsync());
}

public sealed class VoiceQuestionsTestsOnSqlite(SqliteFixture app) : VoiceQuestionsTests<SqliteFixture>(app);

public sealed class VoiceQuestionsTestsOnPostgres(PostgresFixture app) : VoiceQuestionsTests<PostgresFixture>(app);
