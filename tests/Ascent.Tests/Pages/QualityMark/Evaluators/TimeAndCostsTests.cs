using System.Net;
using System.Text;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.QualityMark.Evaluators;

/// The evaluator logs their own time on their setting, never another's; the cohort's cost report turns it into
/// evaluator days at the scheme's rate (£420 a day of 7 hours) with the other costs recorded, on the page and in CSV.
public abstract class TimeAndCostsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task TheAllocatedEvaluator_LogsTheirTime_AndBadInputGetsAClearMessage()
    {
        var (ruth, _, _) = await app.EvaluatorsAsync();
        var (_, accreditations) = await app.CohortAsync("Time cohort", "Aspen Nursery");
        var id = accreditations[0].Id;
        await app.AllocateAsync(id, ruth);
        using var browser = await app.SignInAsRuthAsync();

        var page = await browser.GetAsync($"/quality-mark/accreditations/{id}/time");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var empty = (await browser.SubmitAsync(page)).ErrorMessages;
        Assert.Equal(["Enter how long you spent, in hours and minutes", "Select what the time was spent on"], empty.Order(StringComparer.Ordinal));
        Assert.Contains("Hours must be a whole number from 0 to 24",
            (await browser.SubmitAsync(page, new Dictionary<string, string> { ["Hours"] = "25", ["Activity"] = "Visit" })).ErrorMessages);
        Assert.Contains("The time must be 24 hours or less: log each day's time separately",
            (await browser.SubmitAsync(page, new Dictionary<string, string> { ["Hours"] = "24", ["Minutes"] = "30", ["Activity"] = "Visit" })).ErrorMessages);
        Assert.Contains("Enter how long you spent: it cannot be no time",
            (await browser.SubmitAsync(page, new Dictionary<string, string> { ["Hours"] = "0", ["Minutes"] = "0", ["Activity"] = "Visit" })).ErrorMessages);
        Assert.Contains("The date must be today or in the past: log time once it has been spent",
            (await browser.SubmitAsync(page, new Dictionary<string, string> { ["Hours"] = "1", ["Activity"] = "Visit", ["On.Day"] = "24", ["On.Month"] = "11", ["On.Year"] = "2026" })).ErrorMessages);
        Assert.Contains("Select what the time was spent on",
            (await browser.SubmitAsync(page, new Dictionary<string, string> { ["Hours"] = "1", ["Activity"] = "3" })).ErrorMessages);
        Assert.Equal(0, await EntriesAsync(id));

        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Hours"] = "3", ["Minutes"] = "30", ["Activity"] = "Visit", ["Note"] = "First visit" });
        Assert.Empty(page.ErrorMessages);
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Minutes"] = "45", ["Activity"] = "Travel", ["On.Day"] = "20", ["On.Month"] = "11", ["On.Year"] = "2026" });
        Assert.Empty(page.ErrorMessages);
        Assert.Equal("Total: 4 hours 15 minutes", page.Document.QuerySelector("#total")!.TextContent.Trim());
        Assert.Contains("Visit to the setting: First visit", page.Text, StringComparison.Ordinal);
        Assert.Equal(2, await EntriesAsync(id));
    }

    [Fact]
    public async Task AnEvaluator_CannotSeeOrLogTimeOnAnotherEvaluatorsSetting()
    {
        var (ruth, owenId, _) = await app.EvaluatorsAsync();
        var (_, accreditations) = await app.CohortAsync("Others' time cohort", "Cedar Nursery", "Damson Nursery");
        var id = accreditations[0].Id;
        await app.AllocateAsync(id, ruth);
        await app.AllocateAsync(accreditations[1].Id, owenId);
        using var owen = await app.SignInAsOwenAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await owen.GetAsync($"/quality-mark/accreditations/{id}/time")).Status);
        // Owen's own setting's form, sent to Ruth's setting instead: not found, and nothing logged.
        var own = await owen.GetAsync($"/quality-mark/accreditations/{accreditations[1].Id}/time");
        var fields = Browser.FormFields(own.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!);
        fields.RemoveAll(f => f.Key is "Hours" or "Activity");
        fields.AddRange([new("Hours", "2"), new("Activity", "Visit")]);
        Assert.Equal(HttpStatusCode.NotFound, (await owen.PostAsync($"/quality-mark/accreditations/{id}/time", fields)).Status);
        Assert.Equal(0, await EntriesAsync(id));

        // The coordinator logs on Ruth's behalf: the time is Ruth's, and says who logged it.
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var page = await coordinator.GetAsync($"/quality-mark/accreditations/{id}/time");
        page = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Hours"] = "1", ["Activity"] = "Panel" });
        Assert.Empty(page.ErrorMessages);
        Assert.Contains("Ruth Evans (logged by Nadia Brooks)", page.Text, StringComparison.Ordinal);
        Assert.Equal(ruth, await app.WithDbAsync((db, _) => db.EvaluatorTimes.Where(t => t.AccreditationId == id).Select(t => t.EvaluatorId).SingleAsync()));
    }

    [Fact]
    public async Task TheCostReport_CountsEvaluatorDaysAtTheDayRate_WithTheOtherCosts_OnThePageAndInCsv()
    {
        var (ruth, owen, _) = await app.EvaluatorsAsync();
        var (cohortId, accreditations) = await app.CohortAsync("Costs cohort", "Elm Nursery", "Fir Tree Pre-school");
        await app.AllocateAsync(accreditations[0].Id, ruth);
        await app.AllocateAsync(accreditations[1].Id, owen);
        await app.WithDbAsync(async (db, _) =>
        {
            var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            var elm = await db.Accreditations.SingleAsync(a => a.Id == accreditations[0].Id);
            var fir = await db.Accreditations.SingleAsync(a => a.Id == accreditations[1].Id);
            // Elm: 10 hours 30 minutes = 1.5 days = £630. Fir: 3 hours 30 minutes = 0.5 days = £210.
            db.EvaluatorTimes.AddRange(
                EvaluatorTime.Log(elm, ruth, "Ruth Evans", today, 7 * 60, EvaluatorActivity.Visit, null, "Ruth Evans", app.Time.GetUtcNow(), today),
                EvaluatorTime.Log(elm, ruth, "Ruth Evans", today, 210, EvaluatorActivity.Report, null, "Ruth Evans", app.Time.GetUtcNow(), today),
                EvaluatorTime.Log(fir, owen, "Owen Price", today, 210, EvaluatorActivity.Visit, null, "Owen Price", app.Time.GetUtcNow(), today));
            await db.SaveChangesAsync();
            return true;
        });
        using var coordinator = await app.SignInAsCoordinatorAsync();

        var page = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}/costs");
        Assert.Equal(["The amount must be in pounds and pence, like 125.50"],
            (await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Description"] = "Venue", ["Amount"] = "12.345" })).ErrorMessages);
        page = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Description"] = "Supply cover for the visit", ["Amount"] = "£85.50", ["For"] = accreditations[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Empty(page.ErrorMessages);
        page = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Description"] = "Venue for the panel", ["Amount"] = "300" });
        Assert.Empty(page.ErrorMessages);

        var rows = page.Document.QuerySelectorAll("table tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(
        [
            "Elm Nursery | 10 hours 30 minutes | 1.50 | £630.00 | £85.50 | £715.50",
            "Fir Tree Pre-school | 3 hours 30 minutes | 0.50 | £210.00 | £0.00 | £210.00",
            "The whole cohort | 0 minutes | 0.00 | £0.00 | £300.00 | £300.00",
            "Total | 14 hours | 2.00 | £840.00 | £385.50 | £1,225.50",
        ], rows);
        Assert.Equal([8550L, 30000L], await app.WithDbAsync((db, _) => db.SchemeCosts.Where(c => c.CohortId == cohortId).OrderBy(c => c.AmountPence).Select(c => c.AmountPence).ToListAsync()));

        var csv = await coordinator.Client.GetAsync($"/quality-mark/cohorts/{cohortId}/costs.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            "Setting,Evaluator hours,Evaluator days,Evaluator cost,Other costs,Total",
            "Elm Nursery,10.50,1.50,630.00,85.50,715.50",
            "Fir Tree Pre-school,3.50,0.50,210.00,0.00,210.00",
            "The whole cohort,0.00,0.00,0.00,300.00,300.00",
            "Total,14.00,2.00,840.00,385.50,1225.50",
        ], lines);
    }

    private Task<int> EntriesAsync(int id) => app.WithDbAsync((db, _) => db.EvaluatorTimes.CountAsync(t => t.AccreditationId == id));
}

public sealed class TimeAndCostsTestsOnSqlite(SqliteFixture app) : TimeAndCostsTests<SqliteFixture>(app);

public sealed class TimeAndCostsTestsOnPostgres(PostgresFixture app) : TimeAndCostsTests<PostgresFixture>(app);
