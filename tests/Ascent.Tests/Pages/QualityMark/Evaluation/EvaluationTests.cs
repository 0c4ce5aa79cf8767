using System.Net;
using Ascent.Tests.Pages.QualityMark.Evaluators;
using Ascent.Tests.Support;
using Ascent.Web.Pages.QualityMark.Evaluation;
using Ascent.Web.Services.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.QualityMark.Evaluation;

/// The coordinator sends a cohort's end-of-cohort evaluation to the settings with a decision and the evaluators
/// allocated in it; each answers once through the page their notification links to; the coordinator reads the answers
/// added up, settings and evaluators apart, with how many answered of how many were asked; closing stops answers.
public abstract class EvaluationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task TheCoordinator_SendsTheEvaluation_EachAnswersOnce_AndReadsTheResultsApart()
    {
        var (cohortId, awarded, inProgress) = await app.EndedCohortAsync("Evaluated cohort");
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var page = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/evaluation");
        var before = page;
        var text = page.Document.Body!.TextContent;
        Assert.Contains($"Settings with the panel's decision (2): {awarded}, Evaluated cohort: Not Yet Nursery", text, StringComparison.Ordinal);
        Assert.Contains("Evaluators allocated in the cohort (2): Owen Price, Ruth Evans", text, StringComparison.Ordinal);
        Assert.DoesNotContain(inProgress, text, StringComparison.Ordinal);

        page = await coordinator.SubmitAsync(page);
        Assert.Contains("End-of-cohort evaluation sent", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0 of 2", page.Document.QuerySelector("#answered-setting")!.TextContent);
        var link = CohortEvaluations.AnswerLink(cohortId);
        var told = await app.WithDbAsync((db, _) => db.Notifications.IgnoreQueryFilters().Where(n => n.Link == link).Select(n => n.UserId).ToListAsync());
        Assert.Contains(app.World.UserIds[TestWorld.OwnerA1], told);
        Assert.Contains(await Evaluators.QualityMarkWorld.IdAsync(app, Evaluators.QualityMarkWorld.Ruth), told);
        Assert.Equal(["The end-of-cohort evaluation has already been sent"], (await coordinator.SubmitAsync(before)).ErrorMessages);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var form = await owner.GetAsync(link);
        Assert.Equal("Quality mark evaluation for settings", form.Heading);
        var sent = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Answers[0]"] = "5", ["Input.Answers[1]"] = "4" });
        Assert.Contains("has answered this evaluation", sent.Document.Body!.TextContent, StringComparison.Ordinal);
        await owner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Answers[0]"] = "1" });
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetAsync(link)).Status);
        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(link)).Status);

        using var ruth = await app.SignInAsRuthAsync();
        form = await ruth.GetAsync(link);
        Assert.Equal("Quality mark evaluation for evaluators", form.Heading);
        Assert.Empty((await ruth.SubmitAsync(form, new Dictionary<string, string> { ["Input.Answers[0]"] = "2" })).ErrorMessages);
        Assert.Equal(2, await app.WithDbAsync((db, _) => db.EvaluationResponses.CountAsync(r => r.Evaluation.CohortId == cohortId)));
        // The audit trail says an answer was saved, and by whom, but not what it said.
        var audited = await app.WithDbAsync((db, _) => db.AuditEntries.IgnoreQueryFilters().Where(e => e.EntityType == "EvaluationResponse").Select(e => e.NewValues!).ToListAsync());
        Assert.NotEmpty(audited);
        Assert.All(audited, values => Assert.Contains("\"Scores\":\"(redacted)\"", values, StringComparison.Ordinal));

        page = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/evaluation");
        Assert.Equal("1 of 2", page.Document.QuerySelector("#answered-setting")!.TextContent);
        Assert.Equal("1 of 2", page.Document.QuerySelector("#answered-evaluator")!.TextContent);
        Assert.Equal("1. It was clear what we needed to show to join the scheme. | 1 (100%) | 0 (0%) | 0 (0%) | 0 (0%) | 0 (0%) | 1 of 1 (100%)", Row(page, "setting", 1));
        Assert.Equal("2. Applying took a reasonable amount of time. | 0 (0%) | 1 (100%) | 0 (0%) | 0 (0%) | 0 (0%) | 1 of 1 (100%)", Row(page, "setting", 2));
        Assert.Equal("1. The training prepared me well for evaluating settings. | 0 (0%) | 0 (0%) | 0 (0%) | 1 (100%) | 0 (0%) | 0 of 1 (0%)", Row(page, "evaluator", 1));
        Assert.DoesNotContain("Ruth Evans", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(awarded, page.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosingStopsAnswers_AndACloseFromAnOlderPageIsRefused()
    {
        var (cohortId, _, _) = await app.EndedCohortAsync("Closed evaluation cohort");
        using var coordinator = await app.SignInAsCoordinatorAsync();
        await coordinator.SubmitAsync(await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/evaluation"));
        var older = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/evaluation");
        var link = CohortEvaluations.AnswerLink(cohortId);
        using var owen = await app.SignInAsOwenAsync();
        var form = await owen.GetAsync(link);
        Assert.Empty((await owen.SubmitAsync(form, new Dictionary<string, string> { ["Input.Answers[0]"] = "4" })).ErrorMessages);
        using var ruth = await app.SignInAsRuthAsync();
        var ruths = await ruth.GetAsync(link);

        // An answer came in after the coordinator's page was read: closing from it is refused, then done from the page as it is.
        var refused = await coordinator.SubmitAsync(older);
        Assert.Equal([IndexModel.ChangedMessage], refused.ErrorMessages);
        var closed = await coordinator.SubmitAsync(refused);
        Assert.Contains("End-of-cohort evaluation closed", closed.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(closed.Document.QuerySelector("main form"));
        Assert.Equal(["The evaluation was closed by Cleo Coordinator"], (await coordinator.SubmitAsync(refused)).ErrorMessages);

        Assert.Equal("This evaluation has closed", (await ruth.GetAsync(link)).Heading);
        Assert.Equal("This evaluation has closed", (await ruth.SubmitAsync(ruths, new Dictionary<string, string> { ["Input.Answers[0]"] = "1" })).Heading);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.EvaluationResponses.CountAsync(r => r.Evaluation.CohortId == cohortId)));
    }

    [Fact]
    public async Task ACohortWithNobodyToAsk_IsNotSent()
    {
        var (cohortId, _) = await app.CohortAsync("Cohort without decisions", "Early Days Nursery");
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var page = await coordinator.SubmitAsync(await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/evaluation"));
        Assert.Equal(["No setting in this cohort has a decision yet, and no evaluator is allocated: there is nobody to ask"], page.ErrorMessages);
        Assert.False(await app.WithDbAsync((db, _) => db.CohortEvaluations.AnyAsync(e => e.CohortId == cohortId)));
    }

    /// A statement's row (from 1) of an audience's table ("setting" or "evaluator"), its cells joined.
    private static string Row(Page page, string audience, int index)
    {
        var table = page.Document.QuerySelector($"#results-{audience} ~ .app-table-wrapper table")!;
        var rows = table.QuerySelectorAll("tbody tr").Where(r => r.QuerySelector("td") is not null).ToList();
        return string.Join(" | ", rows[index - 1].Children.Select(c => c.TextContent.Trim()));
    }
}

public sealed class EvaluationTestsOnSqlite(SqliteFixture app) : EvaluationTests<SqliteFixture>(app);

public sealed class EvaluationTestsOnPostgres(PostgresFixture app) : EvaluationTests<PostgresFixture>(app);
