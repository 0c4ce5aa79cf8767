using System.Globalization;
using System.Net;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.QualityMark.Cohorts.CohortForm;

namespace Ascent.Tests.Pages.QualityMark.Cohorts;

/// Opening and changing a cohort, and a cohort's applications table.
public abstract class CohortsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task TheCoordinator_OpensACohort_AndMistakesAreShownInTheErrorSummary()
    {
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var home = await coordinator.GetAsync("/quality-mark");
        Assert.Contains("Quality Mark", home.Text, StringComparison.Ordinal);
        Assert.Contains("Two action-research case studies", home.Text, StringComparison.Ordinal);
        // The coordinator's daily work: its own menu item, current on the scheme's pages, and not under Manage as well.
        Assert.Equal("Quality mark", home.Document.QuerySelector(".govuk-service-navigation__item--active")?.TextContent.Trim());
        Assert.DoesNotContain("Quality mark", (await coordinator.GetAsync("/manage")).Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var form = await coordinator.GetAsync("/quality-mark/cohorts/new");

        var missing = await coordinator.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "" });
        Assert.Contains("Enter a name for the cohort", missing.ErrorMessages);
        Assert.Contains("Enter the day the cohort starts", missing.ErrorMessages);
        Assert.Contains("Enter the day applications open", missing.ErrorMessages);
        Assert.Contains("Enter the day applications close", missing.ErrorMessages);

        var fields = Fields("Spring 2027", new DateOnly(2027, 4, 1), new DateOnly(2026, 12, 1), new DateOnly(2027, 4, 20));
        var late = await coordinator.SubmitAsync(missing, fields);
        Assert.Contains("Applications must close on or before the day the cohort starts", late.ErrorMessages);

        fields = Fields("Spring 2027", new DateOnly(2027, 4, 1), new DateOnly(2026, 12, 1), new DateOnly(2027, 2, 28));
        fields["Input.PilotRules"] = "Two case studies are enough for the pilot.";
        var opened = await coordinator.SubmitAsync(late, fields);
        Assert.Empty(opened.ErrorMessages);
        Assert.Contains("Spring 2027 opened", opened.Text, StringComparison.Ordinal);
        Assert.Contains("Two case studies are enough for the pilot.", opened.Text, StringComparison.Ordinal);
        Assert.Contains("No setting has applied yet.", opened.Text, StringComparison.Ordinal);

        var twice = await coordinator.SubmitAsync(await coordinator.GetAsync("/quality-mark/cohorts/new"), Fields("Spring 2027", new DateOnly(2027, 4, 1), new DateOnly(2026, 12, 1), new DateOnly(2027, 2, 28)));
        Assert.Contains("There is already a cohort called Spring 2027: give this one another name", twice.ErrorMessages);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Cohorts.CountAsync(c => c.Name == "Spring 2027")));

        var edit = await coordinator.GetAsync(opened.Url + "/edit");
        var changed = await coordinator.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Name"] = "Spring 2027 pilot" });
        Assert.Contains("Spring 2027 pilot saved", changed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApplicationsTable_ShowsEachSettingsCriteriaAndStatus_AndFiltersByStatus()
    {
        var cohortId = await app.CohortAsync("Table 2027");
        var first = await app.ApplicationAsync(cohortId, app.World.SettingA1Id);
        await app.ApplicationAsync(cohortId, app.World.SettingA2Id);
        await app.WithDbAsync(async (db, _) =>
        {
            var a = await db.Accreditations.SingleAsync(x => x.Id == first);
            a.Decline("Test", a.AppliedOn, "Not this year");
            await db.SaveChangesAsync();
            return true;
        });
        using var coordinator = await app.SignInAsCoordinatorAsync();

        var page = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}");
        var rows = page.Document.QuerySelectorAll("main table tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("No finished self-evaluation.", r.TextContent, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("Not allocated", r.TextContent, StringComparison.Ordinal));
        Assert.Single(rows, r => r.TextContent.Contains("Not accepted", StringComparison.Ordinal));

        var declined = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}?Status=Declined");
        Assert.Single(declined.Document.QuerySelectorAll("main table tbody tr"));
        var none = await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}?Status=Accredited");
        Assert.Contains("No application has this status.", none.Text, StringComparison.Ordinal);
        Assert.Equal(2, (await coordinator.GetAsync($"/quality-mark/cohorts/{cohortId}?Status=nonsense")).Document.QuerySelectorAll("main table tbody tr").Length);
    }

    [Fact]
    public async Task AnotherLocalAuthority_AndASetting_CannotOpenTheCohort()
    {
        var cohortId = await app.CohortAsync("Private 2027");
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync($"/quality-mark/cohorts/{cohortId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync($"/quality-mark/cohorts/{cohortId}/edit")).Status);
        Assert.DoesNotContain("Private 2027", (await otherLa.GetAsync("/quality-mark")).Text, StringComparison.Ordinal);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Contains("/account/access-denied", (await owner.GetAsync($"/quality-mark/cohorts/{cohortId}", follow: false)).Location, StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", (await owner.GetAsync("/quality-mark/cohorts/new", follow: false)).Location, StringComparison.Ordinal);
    }

}

public sealed class CohortsTestsOnSqlite(SqliteFixture app) : CohortsTests<SqliteFixture>(app);

public sealed class CohortsTestsOnPostgres(PostgresFixture app) : CohortsTests<PostgresFixture>(app);
