using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Services.Visits;

/// What issuing a note does beyond the note (NoteWork): a monitoring visit's judgement of progress moves the case,
/// and a note the setting leaves unacknowledged comes back to its author.
public abstract class NoteWorkTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task AMonitoringVisitsNote_MustJudgeProgress_AndInsufficientProgressOpensTheFundingWithdrawalReview()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA2Id, "4");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        // Visits 1 to 3 of the inadequate pathway recorded on their tasks; visit 4 is the first monitoring visit.
        for (var number = 1; number <= 3; number++)
        {
            var task = await OpenVisitTaskAsync(app, supportCase.Id);
            await adviser.SubmitAsync(await adviser.GetAsync($"/cases/{supportCase.Id}/tasks/{task.Id}"));
        }

        var monitoring = await OpenVisitTaskAsync(app, supportCase.Id);
        Assert.True(monitoring.RecordsProgress);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, app.Time.Today(), "11am");
        await RecordHeldAsync(adviser, visitId);
        var note = await StartNoteAsync(adviser, visitId);
        var refused = await PostNoteAsync(adviser, note, "Issue", new Dictionary<string, string> { ["SeenAndDiscussed"] = "Little has changed since the last visit." });
        Assert.Contains("Select whether progress since the last visit is sufficient", refused.ErrorMessages);

        var issued = await PostNoteAsync(adviser, refused, "Issue", new Dictionary<string, string>
        {
            ["SeenAndDiscussed"] = "Little has changed since the last visit.",
            ["Progress"] = "insufficient",
        });

        Assert.Contains("Note issued", issued.Text, StringComparison.Ordinal);
        var tasks = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().Where(t => t.CaseId == supportCase.Id).ToListAsync());
        Assert.Equal("insufficient", tasks.Single(t => t.Id == monitoring.Id).Outcome);
        var review = Assert.Single(tasks, t => t.Key == "funding-withdrawal-review");
        Assert.Equal("Improvement and Standards Manager", review.OwnerRole);
        Assert.Equal(CaseTaskState.Open, review.State);
    }

    [Fact]
    public async Task ANoteIssuedAndNotAcknowledgedForTenWorkingDays_IsOnTheAdvisersTaskList()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var visitId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingB1Id);
            var visit = new Visit(setting, VisitPurposes.AnnualConversation, "Annual conversation", new VisitSchedule(new DateOnly(2026, 11, 25), new TimeOnly(10, 0), 60, "Europe/London", VisitMode.OnSite, "On site", null, null), "Test", app.Time.GetUtcNow());
            visit.RecordHeld(new DateOnly(2026, 11, 25), app.Time.Today());
            db.Visits.Add(visit);
            var admin = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.AdminB);
            var note = new VisitNote(visit, admin.Id, admin.DisplayName, NoteTemplateDefaults.For(setting.TenantId, VisitPurposes.AnnualConversation), app.Time.GetUtcNow());
            note.Write(new NoteWriteUp(note.Agenda, null, "A good year.", null, [], null, null));
            note.Issue(admin.DisplayName, new DateOnly(2026, 11, 25), app.Time.GetUtcNow());
            db.VisitNotes.Add(note);
            await db.SaveChangesAsync();
            return visit.Id;
        });

        using var early = app.NewBrowser();
        await early.SignInAsync(TestWorld.AdminB);
        Assert.DoesNotContain("Notes of visit not acknowledged", (await early.GetAsync("/tasks")).Text, StringComparison.Ordinal);

        // Ten working days after Wednesday 25 November is Wednesday 9 December.
        MoveClockTo(app, new DateTimeOffset(2026, 12, 9, 8, 0, 0, TimeSpan.Zero));
        using var late = app.NewBrowser();
        await late.SignInAsync(TestWorld.AdminB);
        var tasks = await late.GetAsync("/tasks");
        Assert.Contains("Notes of visit not acknowledged (1)", tasks.Text, StringComparison.Ordinal);
        Assert.Contains($"/visits/{visitId}/note", tasks.Text, StringComparison.Ordinal);
        Assert.Contains("acknowledgement due by 9 December 2026", tasks.Text, StringComparison.Ordinal);
    }
}

public sealed class NoteWorkTestsOnSqlite(SqliteFixture app) : NoteWorkTests<SqliteFixture>(app);

public sealed class NoteWorkTestsOnPostgres(PostgresFixture app) : NoteWorkTests<PostgresFixture>(app);
