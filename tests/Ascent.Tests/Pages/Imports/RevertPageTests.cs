using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Jobs;
using Ascent.Web.Services.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Imports;

/// The LA administrator reverts the latest import from its page; the Senior Improvement Adviser then confirms the
/// support case it opened, which the revert left alone.
public abstract class RevertPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static RegisterRecord Record(string urn, string name, params RegisterInspection[] inspections) => new()
    {
        Regulator = "Ofsted",
        Reference = urn,
        LocalAuthority = "Ashdown",
        ProviderType = "Childcare on non-domestic premises",
        Name = name,
        RegisteredOn = new DateOnly(2015, 1, 5),
        Inspections = inspections,
    };

    private static RegisterInspection Full(string number, DateOnly date, string overall) =>
        new("ofsted-eif-2019", number, date, "Full inspection", overall, new Dictionary<string, string> { ["overall"] = overall });

    private Task<long> ImportAsync(params RegisterRecord[] records) => app.WithDbAsync(async (db, services) =>
        (await services.GetRequiredService<RegisterImporter>().ImportAsync(new RegisterBatch("ofsted", "Ofsted", ["ashdown.csv"], records.Length, records, []), app.World.TenantAId)).Id);

    [Fact]
    public async Task LaAdministrator_RevertsTheLatestImport_AndTheSeniorAdviserConfirmsTheCaseItOpened()
    {
        var first = await ImportAsync(Record("EY100001", "Acorn Day Nursery", Full("10000001", new DateOnly(2023, 6, 1), "2")), Record("EY100002", "Bramble Pre-school"));
        var second = await ImportAsync(Record("EY100001", "Acorn Day Nursery", Full("10000001", new DateOnly(2023, 6, 1), "2"), Full("10000002", new DateOnly(2026, 10, 1), "3")), Record("EY100002", "Bramble Pre-school"));
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
        var caseId = await app.WithDbAsync((db, _) => db.Cases.Where(c => c.SettingId == app.World.SettingA1Id && c.PathwayCode == "requires-improvement").Select(c => c.Id).SingleAsync());

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var earlier = await admin.GetAsync($"/imports/{first}");
        Assert.Contains("Another import has run since this one", earlier.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Revert this import", earlier.Text, StringComparison.Ordinal);

        var page = await admin.GetAsync($"/imports/{second}");
        var revert = page.Document.QuerySelectorAll<IHtmlAnchorElement>("a.govuk-button").Single(a => a.TextContent.Trim() == "Revert this import");
        page = await admin.GetAsync(revert.GetAttribute("href")!);
        Assert.Contains("Revert this import?", page.Text, StringComparison.Ordinal);
        page = await admin.SubmitAsync(page, formSelector: "main form[action*='Revert']");

        Assert.Equal($"/imports/{second}", page.Url);
        Assert.Contains("Reverted by Ada Admin", page.Text, StringComparison.Ordinal);
        Assert.Contains("Opened it", page.Text, StringComparison.Ordinal);
        Assert.Contains("Waiting for review", page.Text, StringComparison.Ordinal);
        Assert.Equal("2", await app.WithDbAsync((db, _) => db.Settings.Where(s => s.Id == app.World.SettingA1Id).Select(s => s.LatestOverallGrade).SingleAsync()));
        Assert.Equal(CaseStatus.Open, await CaseStatusAsync(caseId));

        // Another LA neither sees the review nor can decide it.
        var reviewId = await app.WithDbAsync((db, _) => db.ImportChanges.Where(c => c.ImportRunId == second && c.Kind == "case-opened").Select(c => c.Id).SingleAsync());
        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.AdminB);
        var theirs = await other.GetAsync("/cases/import-reviews");
        Assert.DoesNotContain("Acorn Day Nursery", theirs.Text, StringComparison.Ordinal);
        var token = Ascent.Tests.Support.Browser.FormFields(theirs.Document.QuerySelector<IHtmlFormElement>("form")!).First(f => f.Key == "__RequestVerificationToken").Value;
        var refused = await other.PostAsync("/cases/import-reviews", [new("__RequestVerificationToken", token), new("Review", reviewId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Decision", "close")]);
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.Equal(CaseStatus.Open, await CaseStatusAsync(caseId));

        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        var reviews = await senior.GetAsync("/cases/import-reviews");
        Assert.Contains("Acorn Day Nursery (EY100001)", reviews.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var form = reviews.Document.QuerySelector<IHtmlFormElement>("main form")!;
        var fields = Ascent.Tests.Support.Browser.FormFields(form);
        fields.Add(new("Decision", "close"));
        reviews = await senior.PostAsync("/cases/import-reviews", fields);

        Assert.Contains("There are no cases waiting for review", reviews.Text, StringComparison.Ordinal);
        Assert.Contains("Closed by Sol Senior", reviews.Text, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Closed, await CaseStatusAsync(caseId));
        // A decision is taken once.
        Assert.Equal(HttpStatusCode.NotFound, (await senior.PostAsync("/cases/import-reviews", fields)).Status);
    }

    private Task<CaseStatus> CaseStatusAsync(int caseId) => app.WithDbAsync((db, _) => db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync());
}

public sealed class RevertPageTestsOnSqlite(SqliteFixture app) : RevertPageTests<SqliteFixture>(app);

public sealed class RevertPageTestsOnPostgres(PostgresFixture app) : RevertPageTests<PostgresFixture>(app);
