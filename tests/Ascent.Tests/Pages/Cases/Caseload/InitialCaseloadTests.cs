using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Services.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Cases.Caseload;

public abstract class InitialCaseloadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private DateOnly Today => app.Time.Today();

    /// Settings of LA A as a baseline import leaves them: judged or noticed at various times, no cases.
    private Task<Dictionary<string, int>> ArrangeAsync() => app.WithDbAsync(async (db, services) =>
    {
        var tenant = app.World.TenantAId;
        Setting Judged(string reference, string name, string grade, DateOnly on)
        {
            var setting = new Setting(tenant, reference, name, "Childcare on non-domestic premises", new DateOnly(2018, 1, 1));
            setting.Inspections.Add(new Inspection(setting, "9" + reference[2..], on, "Full inspection", "ofsted-eif-2019", grade));
            setting.RefreshLatestInspection(services.GetRequiredService<Ascent.Web.Domain.Frameworks.FrameworkRegistry>());
            return setting;
        }

        var recentRi = Judged("EY300001", "Recent RI Nursery", "3", Today.AddMonths(-6));
        var oldInadequate = Judged("EY300002", "Old Inadequate Nursery", "4", Today.AddMonths(-20));
        var recentGood = Judged("EY300003", "Recent Good Nursery", "2", Today.AddMonths(-2));
        var noticed = Judged("EY300004", "Noticed Nursery", "2", Today.AddMonths(-30));
        noticed.EnforcementEvents.Add(new EnforcementEvent(noticed, EnforcementKind.WelfareRequirementsNotice, Today.AddMonths(-1), "Test", null));
        var alreadyOpen = Judged("EY300005", "Already Open Nursery", "4", Today.AddMonths(-3));
        db.Settings.AddRange(recentRi, oldInadequate, recentGood, noticed, alreadyOpen);
        await db.SaveChangesAsync();

        var pathways = services.GetRequiredService<PathwayVersions>();
        var planner = services.GetRequiredService<CasePlanner>();
        var inadequate = (await pathways.CurrentAsync(tenant, CancellationToken.None)).Single(p => p.Definition.Code == "inadequate");
        planner.Open(alreadyOpen, inadequate.Version, inadequate.Definition, "Opened by an event", Today.AddMonths(-3), null, CaseStatus.Open,
            await planner.WorkingDaysForAsync(tenant, CancellationToken.None));
        await db.SaveChangesAsync();
        return new[] { recentRi, oldInadequate, recentGood, noticed, alreadyOpen }.ToDictionary(s => s.Name, s => s.Id);
    });

    private Task<List<SupportCase>> CasesAsync() => app.WithDbAsync((db, _) =>
        db.Cases.IgnoreQueryFilters().Include(c => c.Tasks).Include(c => c.Setting).Where(c => c.TenantId == app.World.TenantAId).ToListAsync());

    [Fact]
    public async Task Proposes_RecentRequiresImprovementAndNotices_AtTheRightPoint_ThenConfirmsTheSelected_AndDiscardsTheRest()
    {
        var settings = await ArrangeAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var form = await browser.GetAsync("/cases/initial");
        Assert.Equal("12", form.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Months")!.Value);

        var proposed = await browser.SubmitAsync(form);
        Assert.Contains("2 cases proposed", proposed.Text, StringComparison.Ordinal);
        var rows = proposed.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("Recent RI Nursery", StringComparison.Ordinal) && r.Contains("Requires improvement to be good", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Noticed Nursery", StringComparison.Ordinal) && r.Contains("Welfare", StringComparison.OrdinalIgnoreCase));

        var cases = await CasesAsync();
        var ri = cases.Single(c => c.SettingId == settings["Recent RI Nursery"]);
        Assert.Equal(CaseStatus.Proposed, ri.Status);
        Assert.Equal(Today.AddMonths(-6), ri.StartedOn);
        Assert.Null(ri.TriggerEventId);
        // Six months on a four-weekly plan: visits 1 to 6 would have happened, so visit 7 is next, and no step
        // already past its date is counted as missed.
        var openVisit = Assert.Single(ri.Tasks, t => t.Kind == TaskKinds.Visit && t.State == CaseTaskState.Open);
        Assert.Equal(7, openVisit.VisitNumber);
        Assert.True(openVisit.DueOn >= Today);
        Assert.All(ri.Tasks.Where(t => t.DueOn < Today), t => Assert.Equal(CaseTaskState.BeforeAscent, t.State));
        Assert.All(ri.Tasks.Where(t => t.State == CaseTaskState.Open), t => Assert.True(t.DueOn >= Today));
        Assert.Equal(6, ri.Tasks.Count(t => t.Kind == TaskKinds.Visit && t.State == CaseTaskState.BeforeAscent));
        Assert.DoesNotContain(cases, c => c.SettingId == settings["Old Inadequate Nursery"] || c.SettingId == settings["Recent Good Nursery"]);
        Assert.Single(cases, c => c.SettingId == settings["Already Open Nursery"]);
        Assert.Equal(CaseStatus.Proposed, cases.Single(c => c.SettingId == settings["Noticed Nursery"]).Status);

        // Proposing again adds nothing: every candidate already has a case, proposed or open.
        var again = await browser.SubmitAsync(await browser.GetAsync("/cases/initial"));
        Assert.Contains("No new cases to propose", again.Text, StringComparison.Ordinal);
        Assert.Equal(cases.Count, (await CasesAsync()).Count);

        var confirmed = await browser.SubmitAsync(again, new Dictionary<string, string> { ["Selected"] = ri.Id.ToString(CultureInfo.InvariantCulture) }, "#confirm");
        Assert.Contains("1 case confirmed", confirmed.Text, StringComparison.Ordinal);
        cases = await CasesAsync();
        Assert.Equal(CaseStatus.Open, cases.Single(c => c.Id == ri.Id).Status);
        Assert.Equal(CaseStatus.Proposed, cases.Single(c => c.SettingId == settings["Noticed Nursery"]).Status);

        var discarded = await browser.SubmitAsync(confirmed, formSelector: "#discard");
        Assert.Contains("1 proposal discarded", discarded.Text, StringComparison.Ordinal);
        cases = await CasesAsync();
        Assert.DoesNotContain(cases, c => c.Status == CaseStatus.Proposed);
        Assert.Equal(CaseStatus.Open, cases.Single(c => c.Id == ri.Id).Status);
    }

    [Fact]
    public async Task Period_MustBeAWholeNumberOfMonths()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var page = await browser.SubmitAsync(await browser.GetAsync("/cases/initial"), new Dictionary<string, string> { ["Months"] = "0" });
        Assert.Contains("Enter a number of months between 1 and 120", page.ErrorMessages);
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Months"] = "a year" });
        Assert.Contains("Enter a number of months between 1 and 120", page.ErrorMessages);
        Assert.False(await app.WithDbAsync((db, _) => db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Status == CaseStatus.Proposed)));
    }

    [Fact]
    public async Task InitialCaseload_IsNotForImprovementAdvisers()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserA);
        var page = await browser.GetAsync("/cases/initial", follow: false);
        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains("access-denied", page.Location, StringComparison.Ordinal);
    }
}

public sealed class InitialCaseloadTestsOnSqlite(SqliteFixture app) : InitialCaseloadTests<SqliteFixture>(app);

public sealed class InitialCaseloadTestsOnPostgres(PostgresFixture app) : InitialCaseloadTests<PostgresFixture>(app);
