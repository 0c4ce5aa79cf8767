using System.Text.Json;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Services.Cases;

/// "Two cancellations by the setting within one school term": one before Christmas and one after do not count together.
public abstract class TermBoundaryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task CancellationsInDifferentTerms_DoNotAlert_TwoInTheSameTermDo()
    {
        // The fixture starts on Monday 23 November 2026; the terms below are fixed dates after it.
        app.Time.SetUtcNow(AscentFixture.Start.AddDays(23)); // Wednesday 16 December
        var caseId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            db.SchoolTerms.Add(new SchoolTerm(setting.TenantId, "Autumn 2026", new DateOnly(2026, 9, 2), new DateOnly(2026, 12, 18)));
            db.SchoolTerms.Add(new SchoolTerm(setting.TenantId, "Spring 2027", new DateOnly(2027, 1, 5), new DateOnly(2027, 3, 26)));
            var payload = JsonSerializer.Serialize(new { FrameworkCode = "ofsted-eif-2019", Date = new DateOnly(2026, 12, 1), OverallGrade = "3", Grades = new Dictionary<string, string> { ["overall"] = "3" } });
            db.ChangeEvents.Add(new ChangeEvent(setting.TenantId, setting.Id, ChangeEventTypes.NewJudgement, "judged", payload, app.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
            await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
            return await db.Cases.IgnoreQueryFilters().Where(c => c.SettingId == setting.Id).Select(c => c.Id).SingleAsync();
        });

        async Task CancelVisitAsync()
        {
            using var adviser = app.NewBrowser();
            await adviser.SignInAsync(TestWorld.AdviserA);
            var visit = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().SingleAsync(t => t.CaseId == caseId && t.Kind == "visit" && t.State == CaseTaskState.Open));
            var page = await adviser.GetAsync($"/cases/{caseId}/tasks/{visit.Id}");
            await adviser.SubmitAsync(page, new Dictionary<string, string> { ["CancellationReason"] = "Closed for staff training" }, "main form:last-of-type");
        }

        Task<int> EscalationsAsync() => app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().CountAsync(t => t.CaseId == caseId && t.Kind == "escalation"));

        await CancelVisitAsync();
        app.Time.SetUtcNow(AscentFixture.Start.AddDays(44)); // Wednesday 6 January 2027
        await CancelVisitAsync();
        Assert.Equal(0, await EscalationsAsync());

        app.Time.SetUtcNow(AscentFixture.Start.AddDays(58)); // Wednesday 20 January 2027
        await CancelVisitAsync();
        Assert.Equal(1, await EscalationsAsync());
    }
}

public sealed class TermBoundaryTestsOnSqlite(SqliteFixture app) : TermBoundaryTests<SqliteFixture>(app);

public sealed class TermBoundaryTestsOnPostgres(PostgresFixture app) : TermBoundaryTests<PostgresFixture>(app);
