using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Instruments.Questionnaires.QuestionnaireFlow;

namespace Ascent.Tests.Pages.Instruments.Questionnaires;

/// A setting runs a questionnaire round: parents answer by its link without an account, the setting types in paper
/// copies, and closing it finishes the round with its overall mean. Bad answers are refused naming the statement.
public abstract class CollectingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Owner_StartsARound_ParentsAnswerByLinkAndOnPaper_AndClosingStopsTheAnswers()
    {
        var settingId = app.World.SettingA1Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var list = await owner.GetAsync($"/settings/{settingId}/questionnaires");
        Assert.Contains("No questionnaires yet", list.Text, StringComparison.Ordinal);
        var form = await owner.GetAsync(list.Document.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Start a questionnaire").GetAttribute("href")!);
        var refused = await owner.SubmitAsync(form, new Dictionary<string, string> { ["ClosesOn.Day"] = "", ["ClosesOn.Month"] = "", ["ClosesOn.Year"] = "" });
        Assert.Equal(["Select which questionnaire to send", "Enter the last day answers can be sent"], refused.ErrorMessages);
        // The quality mark's end-of-cohort evaluations are the LA's to ask, not offered here.
        var offered = form.Document.QuerySelectorAll("main [name=Questionnaire] option, main input[name=Questionnaire]").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("parent-questionnaire", offered);
        Assert.DoesNotContain("quality-mark-setting-evaluation", offered);
        Assert.DoesNotContain("quality-mark-evaluator-evaluation", offered);
        var past = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Questionnaire"] = "parent-questionnaire", ["ClosesOn.Day"] = "20", ["ClosesOn.Month"] = "11", ["ClosesOn.Year"] = "2026" });
        Assert.Equal(["The closing date must be today or in the future"], past.ErrorMessages);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.QuestionnaireRounds.CountAsync(r => r.SettingId == settingId)));

        var (roundId, link) = await StartAsync(owner, settingId, "parent-questionnaire", new DateOnly(2026, 12, 7));
        Assert.StartsWith("/q/", link, StringComparison.Ordinal);
        // The link is shown once: Ascent keeps only its hash.
        Assert.Null((await owner.GetAsync($"/questionnaires/{roundId}/link")).Document.QuerySelector("#questionnaire-link"));

        using var parent = app.NewBrowser();
        var answer = await parent.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Parent questionnaire", answer.Heading);
        Assert.Contains("My child is 3 or 4", answer.Text, StringComparison.Ordinal);
        Assert.Contains("I know who my child's key person is.", answer.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(answer.Document.QuerySelectorAll("main input[type=text], main textarea"));

        // Bad answers: an unknown group and a value off the scale, each named; nothing saved.
        var bad = await parent.SubmitAsync(answer, Answers("martians", (3, "6"), (4, "4")));
        Assert.Equal(
            ["Select one of the choices listed for which of these applies to you", "Choose an answer from Strongly disagree to Strongly agree for statement 3, ‘I know who my child's key person is’"],
            bad.ErrorMessages);
        Assert.Equal(["Select which of these applies to you"], (await parent.SubmitAsync(answer, Answers(null, (1, "5")))).ErrorMessages);
        Assert.Equal(["Answer at least one statement"], (await parent.SubmitAsync(answer, Answers("age-3-4"))).ErrorMessages);
        Assert.Equal(0, await SheetsAsync(roundId));

        // Five parents of three- and four-year-olds and two of two-year-olds, one response per form sent.
        foreach (var agreeing in new[] { 5, 4, 4, 2, 1 })
        {
            var thanks = await parent.SubmitAsync(answer, Answers("age-3-4", (1, agreeing.ToString(System.Globalization.CultureInfo.InvariantCulture)), (3, "5")));
            Assert.Equal("/q/thanks", thanks.Url);
        }

        await parent.SubmitAsync(answer, Answers("age-2", (1, "3"), (2, "4")));
        await parent.SubmitAsync(answer, Answers("age-2", (1, "5")));
        var auditId = await AuditIdAsync(roundId);
        var saved = await app.WithDbAsync((db, _) => db.AuditSheets.Where(s => s.AuditId == auditId)
            .Select(s => new { s.TenantId, s.SettingId, s.Kind, s.PersonId, s.PersonName, s.RespondentGroup }).ToListAsync());
        Assert.Equal(7, saved.Count);
        Assert.All(saved, s => Assert.Equal((app.World.TenantAId, settingId, SheetKind.Respondent, (Guid?)null, "Answered online"), (s.TenantId, s.SettingId, s.Kind, s.PersonId, s.PersonName)));
        Assert.Equal(5, saved.Count(s => s.RespondentGroup == "age-3-4"));

        // A paper copy, typed in by the owner.
        var paper = await owner.GetAsync($"/questionnaires/{roundId}/paper");
        Assert.Equal(["Choose an answer from Strongly disagree to Strongly agree for statement 15, ‘My child eats well here and is helped to be healthy and active’"],
            (await owner.SubmitAsync(paper, Answers("age-under-2", (15, "0")))).ErrorMessages);
        var next = await owner.SubmitAsync(paper, Answers("age-under-2", (1, "4"), (15, "2")));
        Assert.Equal($"/questionnaires/{roundId}/paper", next.Url);
        Assert.Contains("Response saved", next.Text, StringComparison.Ordinal);

        // Statement 1: 5 4 4 2 1 3 5 4 → 28 / 8 = 3.50, 5 of 8 agreeing.
        var results = await owner.GetAsync($"/questionnaires/{roundId}");
        var text = results.Document.Body!.TextContent;
        Assert.Contains("8 responses (7 online, 1 from paper)", text, StringComparison.Ordinal);
        var first = Row(results, "1. My child was helped to settle in");
        Assert.Contains("5 of 8 (63%)", first, StringComparison.Ordinal);
        Assert.Contains("3.50", first, StringComparison.Ordinal);
        Assert.Contains("Strongly agree: 2", first, StringComparison.Ordinal);
        Assert.Contains("Agree: 3", first, StringComparison.Ordinal);
        Assert.Contains("these results are so far", text, StringComparison.Ordinal);

        var closePage = await owner.GetAsync($"/questionnaires/{roundId}/close");
        Assert.Contains("8 people have answered", closePage.Text, StringComparison.Ordinal);
        var closed = await owner.SubmitAsync(closePage);
        Assert.Equal($"/questionnaires/{roundId}", closed.Url);
        Assert.Contains("these results are final", closed.Document.Body!.TextContent, StringComparison.Ordinal);
        var audit = await app.WithDbAsync((db, _) => db.QuestionnaireRounds.Where(r => r.Id == roundId).Select(r => r.Audit).SingleAsync());
        Assert.Equal(AuditStatus.Finished, audit.Status);
        // Every answer given: statement 1's 28, statement 2's 4, statement 3's 25 and statement 15's 2: 59 / 15 = 3.93.
        Assert.Equal(3.93m, audit.Total);

        // After closing, neither the link nor the paper form takes answers.
        var late = await parent.SubmitAsync(answer, Answers("age-3-4", (1, "5")));
        Assert.Contains("This questionnaire has closed", late.Text, StringComparison.Ordinal);
        Assert.Contains("This questionnaire has closed", (await owner.GetAsync($"/questionnaires/{roundId}/paper")).Text, StringComparison.Ordinal);
        await owner.PostAsync($"/questionnaires/{roundId}/paper", [.. Answers("age-2", (1, "5")), new("__RequestVerificationToken", Token(paper))]);
        Assert.Equal(8, await SheetsAsync(roundId));
        Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync("/q/" + new string('a', 43))).Status);

        var listed = await owner.GetAsync($"/settings/{settingId}/questionnaires");
        Assert.Contains("Closed", Row(listed, "Parent questionnaire"), StringComparison.Ordinal);
        Assert.Contains("3.93", Row(listed, "Parent questionnaire"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterItsClosingDate_ARoundTakesNoAnswers_AndANewLinkReplacesTheOld()
    {
        var settingId = app.World.SettingA2Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var (roundId, first) = await StartAsync(owner, settingId, "staff-questionnaire", today);

        var renewed = await owner.SubmitAsync(await owner.GetAsync($"/questionnaires/{roundId}/link"));
        Assert.Contains("the old one no longer works", renewed.Text, StringComparison.Ordinal);
        var second = new Uri(renewed.Document.QuerySelector("#questionnaire-link")!.TextContent.Trim()).AbsolutePath;
        using var staff = app.NewBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(first)).Status);
        var form = await staff.GetAsync(second);
        Assert.Equal("/q/thanks", (await staff.SubmitAsync(form, Answers("room-leader", (2, "2")))).Url);

        app.Time.Advance(TimeSpan.FromDays(1));
        var late = await staff.SubmitAsync(form, Answers("room-leader", (2, "4")));
        Assert.Contains("This questionnaire has closed", late.Text, StringComparison.Ordinal);
        Assert.Equal(1, await SheetsAsync(roundId));
        using var owner2 = app.NewBrowser();
        await owner2.SignInAsync(TestWorld.OwnerA2);
        var results = await owner2.GetAsync($"/questionnaires/{roundId}");
        Assert.Contains("not closed yet", results.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Close the questionnaire", results.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Type in a paper response", results.Text, StringComparison.Ordinal);
    }

    private async Task<int> SheetsAsync(int roundId)
    {
        var auditId = await AuditIdAsync(roundId);
        return await app.WithDbAsync((db, _) => db.AuditSheets.CountAsync(s => s.AuditId == auditId));
    }

    private Task<int> AuditIdAsync(int roundId) =>
        app.WithDbAsync((db, _) => db.QuestionnaireRounds.Where(r => r.Id == roundId).Select(r => r.AuditId).SingleAsync());

    internal static string Row(Page page, string startsWith) =>
        page.Document.QuerySelectorAll("main tbody tr").First(r => r.QuerySelector("td")!.TextContent.Trim().StartsWith(startsWith, StringComparison.Ordinal)).TextContent;

    private static string Token(Page page) =>
        page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
}

public sealed class CollectingTestsOnSqlite(SqliteFixture app) : CollectingTests<SqliteFixture>(app);

public sealed class CollectingTestsOnPostgres(PostgresFixture app) : CollectingTests<PostgresFixture>(app);
