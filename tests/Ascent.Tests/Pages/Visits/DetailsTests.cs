using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Pages.Visits;

/// The visit's page: recording it as held moves the case it carries out.
public abstract class DetailsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task PostHeld_CompletesTheCasesVisitTask_AndTheNextVisitIsInThePlan()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, new DateOnly(2026, 11, 23), "10am");

        await RecordHeldAsync(adviser, visitId);

        var tasks = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().Where(t => t.CaseId == supportCase.Id && t.Kind == "visit").ToListAsync());
        Assert.Equal(CaseTaskState.Done, tasks.Single(t => t.VisitNumber == 1).State);
        Assert.Equal(CaseTaskState.Open, tasks.Single(t => t.VisitNumber == 2).State);
        var visit = await app.WithDbAsync((db, _) => db.Visits.IgnoreQueryFilters().SingleAsync(v => v.Id == visitId));
        Assert.Equal(VisitStatus.Held, visit.Status);
        Assert.Equal(new DateOnly(2026, 11, 23), visit.HeldOn);
    }
}

public sealed class DetailsTestsOnSqlite(SqliteFixture app) : DetailsTests<SqliteFixture>(app);

public sealed class DetailsTestsOnPostgres(PostgresFixture app) : DetailsTests<PostgresFixture>(app);
