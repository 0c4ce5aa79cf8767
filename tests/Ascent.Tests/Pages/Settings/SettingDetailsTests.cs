using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Settings;

/// A setting's page leads with what matters: standing and latest inspection, the open case and its next deadline, the
/// next visit and the plan; the register's details come after.
public abstract class SettingDetailsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AscentFixture.Start.UtcDateTime);

    [Fact]
    public async Task TheFirstSection_ShowsStandingInspectionCaseVisitAndPlan_BeforeTheRegisterDetails()
    {
        var settingId = await SeedInspectedSettingAsync();
        var (caseId, visitId) = await SeedWorkAsync(settingId);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserA);

        var page = await browser.GetAsync($"/settings/{settingId}");

        var glance = page.Document.QuerySelector("#at-a-glance")!;
        Assert.NotNull(glance);
        var text = Words(glance);
        Assert.Contains("Standing Requires improvement", text, StringComparison.Ordinal);
        Assert.Contains("Inspected 12 May 2026", text, StringComparison.Ordinal);
        Assert.Contains("Overall effectiveness Requires improvement", text, StringComparison.Ordinal);
        Assert.Contains("Quality of education Requires improvement", text, StringComparison.Ordinal);
        Assert.Contains("Effectiveness of leadership and management Good", text, StringComparison.Ordinal);
        Assert.DoesNotContain("quality-of-education", glance.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("Support case Juniper pathway Open No adviser allocated yet", text, StringComparison.Ordinal);
        Assert.Contains("Next deadline Arrange the first visit 27 November 2026 (due in 4 working days)", text, StringComparison.Ordinal);
        Assert.Contains("Next visit Support visit 1 2 December 2026 at 10am", text, StringComparison.Ordinal);
        Assert.Contains("Improvement plan 2 goals open 1 overdue", text, StringComparison.Ordinal);
        Assert.NotNull(glance.QuerySelector($"a[href='/cases/{caseId}']"));
        Assert.NotNull(glance.QuerySelector($"a[href='/visits/{visitId}']"));

        // The summary comes before the register's details in the page, and the first heading after the title is its.
        var headings = page.Document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal("Latest inspection", headings[0]);
        Assert.True(headings.IndexOf("Support and improvement") < headings.IndexOf("Register details"));
        Assert.True(headings.IndexOf("Register details") < headings.IndexOf("Contacts"));
    }

    [Fact]
    public async Task ASettingWithNothingUnderWay_SaysSoInPlainWords()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserA);

        var page = await browser.GetAsync($"/settings/{app.World.SettingA2Id}");

        var text = Words(page.Document.QuerySelector("#at-a-glance")!);
        Assert.Contains("Standing Not yet inspected", text, StringComparison.Ordinal);
        Assert.Contains("Inspected Not inspected yet", text, StringComparison.Ordinal);
        Assert.Contains("Support case None open", text, StringComparison.Ordinal);
        Assert.Contains("Next visit None planned", text, StringComparison.Ordinal);
        Assert.Contains("Improvement plan No goals yet", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASettingsOwnStaff_SeeTheirVisitAndPlan_ButNoSupportCase()
    {
        await SeedWorkAsync(app.World.SettingA1Id);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);

        var page = await browser.GetAsync($"/settings/{app.World.SettingA1Id}");

        var text = Words(page.Document.QuerySelector("#at-a-glance")!);
        Assert.Contains("Standing Good or better", text, StringComparison.Ordinal);
        Assert.Contains("Inspected 1 June 2023", text, StringComparison.Ordinal);
        Assert.Contains("Next visit Support visit 1", text, StringComparison.Ordinal);
        Assert.Contains("Improvement plan 2 goals open 1 overdue", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Support case", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Next deadline", text, StringComparison.Ordinal);
    }

    /// The element's words as a reader meets them, one space between each piece of text.
    private static string Words(IElement element) =>
        string.Join(' ', element.Descendants<IText>().SelectMany(t => t.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    /// A setting of LA A inspected on 12 May 2026: requires improvement overall, good for leadership.
    private Task<int> SeedInspectedSettingAsync() => app.WithDbAsync(async (db, services) =>
    {
        var setting = new Setting(app.World.TenantAId, "EY100091", "Juniper Day Nursery", "Childcare on non-domestic premises", new DateOnly(2018, 1, 8)) { Postcode = "AS9 9ZZ" };
        var inspection = new Inspection(setting, "10000091", new DateOnly(2026, 5, 12), "Full inspection", "ofsted-eif-2019", "3");
        inspection.Grades.Add(new InspectionGrade(inspection, "leadership-and-management", "2"));
        inspection.Grades.Add(new InspectionGrade(inspection, "quality-of-education", "3"));
        setting.Inspections.Add(inspection);
        setting.RefreshLatestInspection(services.GetRequiredService<FrameworkRegistry>());
        db.Settings.Add(setting);
        await db.SaveChangesAsync();
        return setting.Id;
    });

    /// An open case whose next task is due on 27 November, a visit planned for 2 December (and one in January), and a
    /// plan of two open goals (one overdue) and one achieved.
    private Task<(int CaseId, int VisitId)> SeedWorkAsync(int settingId) => app.WithDbAsync(async (db, _) =>
    {
        var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
        var version = new PathwayVersion(setting.TenantId, $"juniper-{settingId}", "Juniper pathway", 1, "code: juniper", "Test", app.Time.GetUtcNow());
        db.PathwayVersions.Add(version);
        await db.SaveChangesAsync();
        var supportCase = new SupportCase(setting, version.Id, version.Code, version.Name, "Inspected on 12 May 2026", Today.AddDays(-20), null, CaseStatus.Open, app.Time.GetUtcNow());
        supportCase.Tasks.Add(new CaseTask(supportCase, "later", "task", "Send the letter", "Improvement Adviser", new DateOnly(2026, 12, 9)));
        supportCase.Tasks.Add(new CaseTask(supportCase, "first-visit", "visit", "Arrange the first visit", "Improvement Adviser", new DateOnly(2026, 11, 27)));
        db.Cases.Add(supportCase);

        var schedule = new VisitSchedule(new DateOnly(2026, 12, 2), new TimeOnly(10, 0), 60, "Europe/London", VisitMode.OnSite, "On site", null, null);
        var visit = new Visit(setting, VisitPurposes.AnnualConversation, "Support visit 1", schedule, "Ari Adviser", app.Time.GetUtcNow());
        var later = new Visit(setting, VisitPurposes.AnnualConversation, "Support visit 2", schedule with { Date = new DateOnly(2027, 1, 13) }, "Ari Adviser", app.Time.GetUtcNow());
        db.Visits.AddRange(visit, later);

        var overdue = new PlanGoal(setting, GoalSource.Own, "Test", app.Time.GetUtcNow());
        overdue.Describe("Key persons know each child's starting points", null, null, null, GoalPriority.High, null, new DateOnly(2026, 11, 1));
        var open = new PlanGoal(setting, GoalSource.Own, "Test", app.Time.GetUtcNow());
        open.Describe("Snack times are calm and sociable", null, null, null, GoalPriority.Low, null, new DateOnly(2027, 2, 1));
        var achieved = new PlanGoal(setting, GoalSource.Own, "Test", app.Time.GetUtcNow());
        achieved.Describe("Every room has a quiet corner", null, null, null, GoalPriority.Low, null, new DateOnly(2026, 10, 1));
        achieved.ChangeStatus(GoalStatus.Achieved, null, Today);
        db.PlanGoals.AddRange(overdue, open, achieved);
        await db.SaveChangesAsync();
        return (supportCase.Id, visit.Id);
    });
}

public sealed class SettingDetailsTestsOnSqlite(SqliteFixture app) : SettingDetailsTests<SqliteFixture>(app);

public sealed class SettingDetailsTestsOnPostgres(PostgresFixture app) : SettingDetailsTests<PostgresFixture>(app);
