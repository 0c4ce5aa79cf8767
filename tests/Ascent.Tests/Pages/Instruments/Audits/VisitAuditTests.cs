using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Instruments.Audits.AuditFlowSupport;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Pages.Instruments.Audits;

/// An audit done at a visit whose pathway stage asks for it: finishing it completes the visit's case task the usual
/// way (the next visit follows), the task page names the audit, and the visit and its note of visit list it.
public abstract class VisitAuditTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task AnAuditAtAVisit_CompletesTheTaskThatAskedForIt_AndShowsOnTheVisitAndItsNote()
    {
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, new DateOnly(2026, 11, 23), "10am");
        var task = await OpenVisitTaskAsync(app, supportCase.Id);

        var visit = await adviser.GetAsync($"/visits/{visitId}");
        Assert.Contains("Start an audit at this visit", visit.Text, StringComparison.Ordinal);
        var start = await adviser.GetAsync($"/settings/{app.World.SettingA1Id}/audits/new?visit={visitId}");
        Assert.Contains("This visit's plan asks for: Safeguarding and welfare requirements audit", start.Text, StringComparison.Ordinal);
        Assert.NotNull(start.Document.QuerySelector("input[name='Instrument'][value='safeguarding-and-welfare-requirements'][checked]"));

        var sheet = await StartAsync(adviser, app.World.SettingA1Id, "safeguarding-and-welfare-requirements", visitId: visitId);
        var (auditId, _) = Ids(sheet);
        await AnswerAllAsync(adviser, sheet, _ => "met");
        Assert.Equal(CaseTaskState.Open, await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().Where(t => t.Id == task.Id).Select(t => t.State).SingleAsync()));
        await FinishAsync(adviser, auditId);

        var done = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().SingleAsync(t => t.Id == task.Id));
        Assert.Equal(CaseTaskState.Done, done.State);
        Assert.Contains("Safeguarding and welfare requirements audit finished (100% met)", done.Note, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().AnyAsync(t => t.CaseId == supportCase.Id && t.Kind == TaskKinds.Visit && t.VisitNumber == 2 && t.State == CaseTaskState.Open)));

        var taskPage = await adviser.GetAsync($"/cases/{supportCase.Id}/tasks/{task.Id}");
        Assert.Contains("Done by these audits", taskPage.Text, StringComparison.Ordinal);
        Assert.NotNull(taskPage.Document.QuerySelector($"main a[href='/audits/{auditId}']"));
        visit = await adviser.GetAsync($"/visits/{visitId}");
        Assert.Contains("observed on 23 November 2026: 100% met", visit.Text, StringComparison.Ordinal);
        await StartNoteAsync(adviser, visitId);
        var print = await adviser.GetAsync($"/visits/{visitId}/note/print");
        Assert.Contains("Audits recorded in Ascent at the visit", print.Text, StringComparison.Ordinal);
        Assert.NotNull(print.Document.QuerySelector($"a[href='/audits/{auditId}']"));
    }
}

public sealed class VisitAuditTestsOnSqlite(SqliteFixture app) : VisitAuditTests<SqliteFixture>(app);

public sealed class VisitAuditTestsOnPostgres(PostgresFixture app) : VisitAuditTests<PostgresFixture>(app);
