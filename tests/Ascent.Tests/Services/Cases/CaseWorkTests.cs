using System.Text.Json;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Services.Cases;

/// The pathway's rules as people meet them on the task page: a visit cancelled twice in a term alerts the Senior
/// Improvement Adviser, and insufficient progress at a monitoring visit opens a funding-withdrawal review.
public abstract class CaseWorkTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private async Task<SupportCase> OpenCaseAsync(int settingId, string overall)
    {
        await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            if (!await db.SchoolTerms.IgnoreQueryFilters().AnyAsync(t => t.TenantId == setting.TenantId))
                db.SchoolTerms.Add(new SchoolTerm(setting.TenantId, "Autumn 2026", new DateOnly(2026, 9, 2), new DateOnly(2026, 12, 18)));
            var payload = JsonSerializer.Serialize(new { FrameworkCode = "ofsted-eif-2019", Date = new DateOnly(2026, 11, 2), OverallGrade = overall, Grades = new Dictionary<string, string> { ["overall"] = overall } });
            db.ChangeEvents.Add(new ChangeEvent(setting.TenantId, setting.Id, ChangeEventTypes.NewJudgement, "judged", payload, app.Time.GetUtcNow(), null));
            return await db.SaveChangesAsync();
        });
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
        return await app.WithDbAsync((db, _) => db.Cases.IgnoreQueryFilters().Include(c => c.Tasks).Where(c => c.SettingId == settingId && c.Status == CaseStatus.Open).OrderByDescending(c => c.Id).FirstAsync());
    }

    // Tests share one clock, which only moves forward; both stay within the autumn term.
    private void MoveClockTo(DateTimeOffset at)
    {
        if (app.Time.GetUtcNow() < at)
            app.Time.SetUtcNow(at);
    }

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    [Fact]
    public async Task TwoVisitsCancelledBySettingInATerm_AlertTheSeniorAdviser_AndShowOnTheOverview()
    {
        MoveClockTo(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenCaseAsync(app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        for (var i = 0; i < 2; i++)
        {
            var visit = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().SingleAsync(t => t.CaseId == supportCase.Id && t.Kind == "visit" && t.State == CaseTaskState.Open));
            var page = await adviser.GetAsync($"/cases/{supportCase.Id}/tasks/{visit.Id}");
            var done = await adviser.SubmitAsync(page, Fields(("CancellationReason", "Manager off sick")), "main form:last-of-type");
            Assert.Contains("cancelled by the setting and booked again", done.Text, StringComparison.Ordinal);
        }

        var tasks = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().Where(t => t.CaseId == supportCase.Id).ToListAsync());
        Assert.Equal(2, tasks.Count(t => t.Outcome == "cancelled-by-setting"));
        var visitOne = tasks.Where(t => t.VisitNumber == 1).ToList();
        Assert.Single(visitOne, t => t.State == CaseTaskState.Open);
        var alert = Assert.Single(tasks, t => t.Kind == "escalation");
        Assert.Equal("Senior Improvement Adviser", alert.OwnerRole);
        Assert.Contains("Autumn 2026", alert.Title, StringComparison.Ordinal);

        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        var overview = await senior.GetAsync("/cases/overview");
        Assert.Contains("Acorn Day Nursery: 2 visits cancelled in the Autumn 2026 term", overview.Text, StringComparison.Ordinal);
        Assert.Contains("The setting has cancelled 2 visits", (await senior.GetAsync("/tasks")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsufficientProgressAtAMonitoringVisit_OpensAFundingWithdrawalReview()
    {
        MoveClockTo(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenCaseAsync(app.World.SettingA2Id, "4");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        // Visits 1 to 3 of the inadequate pathway, then the first monthly monitoring visit.
        for (var number = 1; number <= 4; number++)
        {
            var visit = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().SingleAsync(t => t.CaseId == supportCase.Id && t.Kind == "visit" && t.State == CaseTaskState.Open));
            Assert.Equal(number, visit.VisitNumber);
            var page = await adviser.GetAsync($"/cases/{supportCase.Id}/tasks/{visit.Id}");
            if (visit.RecordsProgress)
            {
                var missing = await adviser.SubmitAsync(page);
                Assert.Contains("Select whether progress since the last visit is sufficient", missing.ErrorMessages);
                await adviser.SubmitAsync(missing, Fields(("Progress", "insufficient")));
            }
            else
            {
                await adviser.SubmitAsync(page);
            }
        }

        var review = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().SingleAsync(t => t.CaseId == supportCase.Id && t.Key == "funding-withdrawal-review"));
        Assert.Equal("Improvement and Standards Manager", review.OwnerRole);
        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        Assert.Contains("Bramble Pre-school", (await senior.GetAsync("/cases/overview")).Document.QuerySelectorAll("main ul li").Select(li => li.TextContent).FirstOrDefault(t => t.Contains("Bramble", StringComparison.Ordinal)) ?? "", StringComparison.Ordinal);
    }
}

public sealed class CaseWorkTestsOnSqlite(SqliteFixture app) : CaseWorkTests<SqliteFixture>(app);

public sealed class CaseWorkTestsOnPostgres(PostgresFixture app) : CaseWorkTests<PostgresFixture>(app);
