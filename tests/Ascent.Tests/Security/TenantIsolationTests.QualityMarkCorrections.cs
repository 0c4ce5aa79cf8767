using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Pages.QualityMark.Evaluators;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// Correcting logged time and recorded costs: LA B's administrator finds neither of LA A's, and changes or removes
/// nothing by posting to them.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task QualityMarkCorrections_TimeAndCosts_AreNotFoundByAnotherLa()
    {
        var (ruth, _, _) = await app.EvaluatorsAsync();
        var (cohortId, accreditations) = await app.CohortAsync("Isolation cohort (corrections)", "Quince Nursery");
        var id = accreditations[0].Id;
        await app.AllocateAsync(id, ruth);
        var (entry, cost) = await app.WithDbAsync(async (db, _) =>
        {
            var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            var accreditation = await db.Accreditations.Include(a => a.Cohort).SingleAsync(a => a.Id == id);
            var time = EvaluatorTime.Log(accreditation, ruth, "Ruth Evans", today, 60, EvaluatorActivity.Visit, null, "Ruth Evans", app.Time.GetUtcNow(), today);
            var other = SchemeCost.Record(accreditation.Cohort, null, "Venue", 5000, "Nadia Brooks", app.Time.GetUtcNow());
            db.AddRange(time, other);
            await db.SaveChangesAsync();
            return (time.Id, other.Id);
        });
        string[] pages = [$"/quality-mark/accreditations/{id}/time/{entry}", $"/quality-mark/cohorts/{cohortId}/costs/{cost}"];
        using var coordinator = await app.SignInAsCoordinatorAsync();
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(page)).Status);

        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.AdminB);
        // B's own form (a new cohort's), for its anti-forgery token, posted at A's time and cost.
        var own = await other.GetAsync("/quality-mark/cohorts/new");
        var fields = Browser.FormFields(own.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!);
        fields.AddRange([new("Version", "0"), new("Hours", "9"), new("Activity", "Visit"), new("Description", "Taken"), new("Amount", "1")]);
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(page, fields)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(page + "?handler=Remove", fields)).Status);
        }

        Assert.Equal((60, 5000L), await app.WithDbAsync(async (db, _) => (
            await db.EvaluatorTimes.Where(t => t.Id == entry).Select(t => t.Minutes).SingleAsync(),
            await db.SchemeCosts.Where(c => c.Id == cost).Select(c => c.AmountPence).SingleAsync())));
    }
}
