using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Pages.QualityMark.Evaluation;
using Ascent.Tests.Pages.QualityMark.Evaluators;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// A cohort's end-of-cohort evaluation is its LA's: LA B's administrator finds neither its page nor its answer page,
/// and answers or closes nothing by posting to them; a setting of A that was not asked finds no answer page, the one
/// asked does.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task QualityMarkEvaluation_IsNotFoundByAnotherLa()
    {
        var (cohortId, _, _) = await app.EndedCohortAsync("Isolation cohort (evaluation)");
        string[] pages = [$"/quality-mark/cohorts/{cohortId}/evaluation", $"/quality-mark/cohorts/{cohortId}/evaluation/answer"];
        using var coordinator = await app.SignInAsCoordinatorAsync();
        await coordinator.SubmitAsync(await coordinator.GetAsync(pages[0]));
        Assert.True(await app.WithDbAsync((db, _) => db.CohortEvaluations.AnyAsync(e => e.CohortId == cohortId && e.ClosedAt == null)));

        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.AdminB);
        var own = await other.GetAsync("/quality-mark/cohorts/new");
        var fields = Browser.FormFields(own.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!);
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(page, fields)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(pages[0] + "?handler=Close", fields)).Status);
        Assert.True(await app.WithDbAsync((db, _) => db.CohortEvaluations.AnyAsync(e => e.CohortId == cohortId && e.ClosedAt == null)));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.EvaluationResponses.CountAsync(r => r.Evaluation.CohortId == cohortId)));
        using var notAsked = app.NewBrowser();
        await notAsked.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await notAsked.GetAsync(pages[1])).Status);
        using var asked = app.NewBrowser();
        await asked.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.OK, (await asked.GetAsync(pages[1])).Status);
    }
}
