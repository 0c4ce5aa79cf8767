using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Pages.QualityMark.Evaluators;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// Quality-mark evaluators, their conflicts, allocation, time and a cohort's costs are LA A's own: LA B's administrator
/// (a coordinator role in B) gets "not found" for every one of them, A's evaluators are never listed to B, B's never
/// to A, and nothing of A's changes when B posts.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task QualityMarkEvaluators_AllocationTimeAndCosts_AreTheirLocalAuthoritysAlone()
    {
        var (ruth, _, otherLa) = await app.EvaluatorsAsync();
        var (cohortId, accreditations) = await app.CohortAsync("Isolation cohort (evaluators)", "Ivy Nursery");
        var id = accreditations[0].Id;
        await app.AllocateAsync(id, ruth);
        var conflictId = await app.WithDbAsync(async (db, _) =>
        {
            var conflict = EvaluatorConflict.Record(app.World.TenantAId, ruth, accreditations[0].SettingId, "A relative works there", "Nadia Brooks", app.Time.GetUtcNow());
            db.EvaluatorConflicts.Add(conflict);
            await db.SaveChangesAsync();
            return conflict.Id;
        });
        string[] pages = [$"/quality-mark/evaluators/{ruth}", $"/quality-mark/evaluators/conflicts/{conflictId}/remove", $"/quality-mark/accreditations/{id}/evaluator",
            $"/quality-mark/accreditations/{id}/time", $"/quality-mark/cohorts/{cohortId}/costs", $"/quality-mark/cohorts/{cohortId}/costs.csv"];

        using var coordinator = await app.SignInAsCoordinatorAsync();
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(page)).Status);
        var list = await coordinator.GetAsync("/quality-mark/evaluators");
        Assert.Contains("Ruth Evans", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bea Brightwater", list.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/quality-mark/evaluators/{otherLa}")).Status);

        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.AdminB);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).Status);
        var theirs = await other.GetAsync("/quality-mark/evaluators");
        Assert.Contains("Bea Brightwater", theirs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ruth Evans", theirs.Text, StringComparison.Ordinal);
        // B's own form (its evaluator's page), posted at A's things: not found, and A's rows unchanged.
        var form = await other.GetAsync($"/quality-mark/evaluators/{otherLa}");
        var fields = Browser.FormFields(form.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form[action*='handler=Conflict']")!);
        fields.AddRange([new("Reason", "Taken over"), new("Hours", "2"), new("Activity", "Visit"), new("Description", "Stolen"), new("Amount", "10")]);
        foreach (var page in pages.Take(5).Select((p, i) => i == 0 ? p + "?handler=Conflict" : p))
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(page, fields)).Status);
        var (evaluator, conflictCurrent, time, costs) = await app.WithDbAsync(async (db, _) => (
            await db.Accreditations.Where(a => a.Id == id).Select(a => a.EvaluatorId).SingleAsync(),
            await db.EvaluatorConflicts.Where(c => c.Id == conflictId).Select(c => c.RemovedAt == null).SingleAsync(),
            await db.EvaluatorTimes.CountAsync(t => t.AccreditationId == id),
            await db.SchemeCosts.CountAsync(c => c.CohortId == cohortId)));
        Assert.Equal((ruth, true, 0, 0), (evaluator, conflictCurrent, time, costs));
    }
}
