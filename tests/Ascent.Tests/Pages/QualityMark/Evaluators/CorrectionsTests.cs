using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.QualityMark.Evaluators;

/// Logged time and recorded costs put right: the evaluator changes or removes their own time, a coordinator any time
/// and any cost; a change sent from a page read before someone else's is refused; the audit trail keeps what it said;
/// the cost report follows.
public abstract class CorrectionsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string RemoveForm = "main form[action*='handler=Remove']";

    [Fact]
    public async Task TheEvaluator_ChangesTheirTime_AndRemovesADuplicate_AndTheCostReportFollows()
    {
        var (ruth, _, _) = await app.EvaluatorsAsync();
        var (cohortId, accreditations) = await app.CohortAsync("Corrected time cohort", "Hazel Nursery");
        var id = accreditations[0].Id;
        await app.AllocateAsync(id, ruth);
        var (visit, duplicate) = await LogAsync(id, ruth, 7 * 60, 7 * 60);
        using var browser = await app.SignInAsRuthAsync();

        var list = await browser.GetAsync($"/quality-mark/accreditations/{id}/time");
        Assert.Equal("Total: 14 hours", list.Document.QuerySelector("#total")!.TextContent.Trim());
        Assert.Equal(2, list.Document.QuerySelectorAll($"a[href^='/quality-mark/accreditations/{id}/time/']").Length);

        var page = await browser.GetAsync($"/quality-mark/accreditations/{id}/time/{visit}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Hours must be a whole number from 0 to 24", (await browser.SubmitAsync(page, new Dictionary<string, string> { ["Hours"] = "30" })).ErrorMessages);
        Assert.Contains("The date must be today or in the past: log time once it has been spent",
            (await browser.SubmitAsync(page, new Dictionary<string, string> { ["On.Day"] = "1", ["On.Month"] = "12", ["On.Year"] = "2026" })).ErrorMessages);
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Hours"] = "3", ["Minutes"] = "30", ["On.Day"] = "20", ["On.Month"] = "11", ["On.Year"] = "2026" });
        Assert.Empty(page.ErrorMessages);
        Assert.Contains("Time changed to 3 hours 30 minutes on 20 November 2026", page.Document.Body!.TextContent, StringComparison.Ordinal);

        page = await browser.GetAsync($"/quality-mark/accreditations/{id}/time/{duplicate}");
        page = await browser.SubmitAsync(page, formSelector: RemoveForm);
        Assert.Empty(page.ErrorMessages);
        Assert.Equal("Total: 3 hours 30 minutes", page.Document.QuerySelector("#total")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/quality-mark/accreditations/{id}/time/{duplicate}")).Status);

        using var coordinator = await app.SignInAsCoordinatorAsync();
        var costs = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/costs");
        Assert.Equal("Hazel Nursery | 3 hours 30 minutes | 0.50 | £210.00 | £0.00 | £210.00", Row(costs, 0));
        string[] ids = [I(visit), I(duplicate)];
        var trail = await app.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.EntityType == nameof(EvaluatorTime) && ids.Contains(e.EntityId) && e.Action != "Created")
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.ActorName, e.OldValues }).ToListAsync());
        Assert.Equal(["Updated", "Deleted"], trail.Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("Ruth Evans", e.ActorName));
        Assert.Contains("420", trail[0].OldValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangeFromAnOlderPage_IsRefused_AndAnotherEvaluatorCannotOpenTheTime()
    {
        var (ruth, _, _) = await app.EvaluatorsAsync();
        var (_, accreditations) = await app.CohortAsync("Stale time cohort", "Juniper Nursery");
        var id = accreditations[0].Id;
        await app.AllocateAsync(id, ruth);
        var (entry, _) = await LogAsync(id, ruth, 60, 30);
        using var browser = await app.SignInAsRuthAsync();
        using var coordinator = await app.SignInAsCoordinatorAsync();
        using var other = await app.SignInAsOwenAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/quality-mark/accreditations/{id}/time/{entry}")).Status);

        var ruths = await browser.GetAsync($"/quality-mark/accreditations/{id}/time/{entry}");
        var coordinators = await coordinator.GetAsync($"/quality-mark/accreditations/{id}/time/{entry}");
        Assert.Empty((await coordinator.SubmitAsync(coordinators, new Dictionary<string, string> { ["Hours"] = "2", ["Minutes"] = "0" })).ErrorMessages);

        var refused = await browser.SubmitAsync(ruths, new Dictionary<string, string> { ["Hours"] = "5" });
        Assert.Equal([TimeEntryMessage], refused.ErrorMessages);
        Assert.Equal("2", refused.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Hours]")!.Value);
        Assert.Equal([TimeEntryMessage], (await browser.SubmitAsync(ruths, formSelector: RemoveForm)).ErrorMessages);
        Assert.Equal(120, await app.WithDbAsync((db, _) => db.EvaluatorTimes.Where(t => t.Id == entry).Select(t => t.Minutes).SingleAsync()));

        // From the page as it is now, the change is saved.
        Assert.Empty((await browser.SubmitAsync(refused, new Dictionary<string, string> { ["Hours"] = "1" })).ErrorMessages);
        Assert.Equal(60, await app.WithDbAsync((db, _) => db.EvaluatorTimes.Where(t => t.Id == entry).Select(t => t.Minutes).SingleAsync()));
    }

    [Fact]
    public async Task TheCoordinator_ChangesAndRemovesACost_RefusedFromAnOlderPage_AndTheReportFollows()
    {
        var (cohortId, accreditations) = await app.CohortAsync("Corrected costs cohort", "Laurel Nursery");
        var (venue, cover) = await app.WithDbAsync(async (db, _) =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId);
            var a = SchemeCost.Record(cohort, null, "Venue for the panel", 30000, "Nadia Brooks", app.Time.GetUtcNow());
            var b = SchemeCost.Record(cohort, null, "Supply cover", 8550, "Nadia Brooks", app.Time.GetUtcNow());
            db.SchemeCosts.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        using var coordinator = await app.SignInAsCoordinatorAsync();
        using var second = await app.SignInAsCoordinatorAsync();
        var costs = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/costs");
        Assert.NotNull(costs.Document.QuerySelector($"a[href='/quality-mark/cohorts/{cohortId}/costs/{cover}']"));

        var page = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/costs/{cover}");
        var older = await second.GetAsync($"/quality-mark/cohorts/{cohortId}/costs/{cover}");
        Assert.Equal(["The amount must be in pounds and pence, like 125.50"], (await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Amount"] = "1.234" })).ErrorMessages);
        page = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Amount"] = "58.50", ["For"] = I(accreditations[0].Id) });
        Assert.Empty(page.ErrorMessages);
        Assert.Equal([CostModelMessage], (await second.SubmitAsync(older, formSelector: RemoveForm)).ErrorMessages);
        Assert.Equal("Laurel Nursery | 0 minutes | 0.00 | £0.00 | £58.50 | £58.50", Row(page, 0));

        page = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/costs/{venue}");
        page = await coordinator.SubmitAsync(page, formSelector: RemoveForm);
        Assert.Empty(page.ErrorMessages);
        Assert.Equal("Total | 0 minutes | 0.00 | £0.00 | £58.50 | £58.50", Row(page, 2));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/costs/{venue}")).Status);
        string[] ids = [I(venue), I(cover)];
        Assert.Equal(["Updated", "Deleted"], await app.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.EntityType == nameof(SchemeCost) && ids.Contains(e.EntityId) && e.Action != "Created")
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));
    }

    private static string TimeEntryMessage => Ascent.Web.Pages.QualityMark.Allocation.TimeEntryModel.ChangedMessage;

    private static string CostModelMessage => Ascent.Web.Pages.QualityMark.Costs.CostModel.ChangedMessage;

    private static string I(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Row(Page page, int index) =>
        string.Join(" | ", page.Document.QuerySelectorAll("table tbody tr")[index].Children.Select(c => c.TextContent.Trim()));

    private Task<(int, int)> LogAsync(int accreditationId, Guid evaluator, int first, int second) =>
        app.WithDbAsync(async (db, _) =>
        {
            var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            var accreditation = await db.Accreditations.SingleAsync(a => a.Id == accreditationId);
            var a = EvaluatorTime.Log(accreditation, evaluator, "Ruth Evans", today, first, EvaluatorActivity.Visit, null, "Ruth Evans", app.Time.GetUtcNow(), today);
            var b = EvaluatorTime.Log(accreditation, evaluator, "Ruth Evans", today, second, EvaluatorActivity.Visit, null, "Ruth Evans", app.Time.GetUtcNow(), today);
            db.EvaluatorTimes.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
}

public sealed class CorrectionsTestsOnSqlite(SqliteFixture app) : CorrectionsTests<SqliteFixture>(app);

public sealed class CorrectionsTestsOnPostgres(PostgresFixture app) : CorrectionsTests<PostgresFixture>(app);
