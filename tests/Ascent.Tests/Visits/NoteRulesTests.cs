using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Visits.VisitFlowSupport;

namespace Ascent.Tests.Visits;

/// The rules a note of visit keeps: a monitoring visit's note must judge progress, and insufficient progress opens
/// the pathway's escalation; two people editing one draft never silently overwrite each other.
public abstract class NoteRulesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly DateOnly VisitDay = new(2026, 11, 24);

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
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay, "11am");
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
    public async Task TwoPeopleEditingOneDraft_TheSecondSaveIsRefused_AndTheFirstIsKept()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay, "9am");
        await RecordHeldAsync(adviser, visitId);
        var adviserCopy = await StartNoteAsync(adviser, visitId);
        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        var seniorCopy = await senior.GetAsync($"/visits/{visitId}/note");

        var first = await PostNoteAsync(adviser, adviserCopy, "RequestReview", new Dictionary<string, string> { ["SeenAndDiscussed"] = "The adviser's account of the visit" });
        Assert.Contains("Draft saved and sent to the Senior Improvement Adviser for review", first.Text, StringComparison.Ordinal);
        Assert.Contains("Ari Adviser asks you to review the note of Visit 1 at Acorn Day Nursery", (await senior.GetAsync("/notifications")).Text, StringComparison.Ordinal);
        var second = await PostNoteAsync(senior, seniorCopy, "Review", new Dictionary<string, string> { ["SeenAndDiscussed"] = "The senior adviser's rewrite", ["ReviewComment"] = "Say more about impact" });
        Assert.Contains(second.ErrorMessages, m => m.StartsWith("Someone else changed this note while you had it open", StringComparison.Ordinal));
        // The refused edit is shown back so it can be merged by hand, and nothing of it was saved.
        Assert.Contains("The senior adviser's rewrite", second.Document.QuerySelector("textarea[name='SeenAndDiscussed']")!.TextContent, StringComparison.Ordinal);
        var saved = await app.WithDbAsync((db, _) => db.VisitNotes.IgnoreQueryFilters().SingleAsync(n => n.VisitId == visitId));
        Assert.Equal("The adviser's account of the visit", saved.SeenAndDiscussed);
        Assert.Null(saved.ReviewComment);
    }

    [Fact]
    public async Task AnLasOwnTemplate_StartsItsNextNotes_AndOtherLasKeepAscentsTemplate()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var list = await admin.GetAsync("/visits/templates");
        Assert.Contains("Ascent's", list.Document.Body!.TextContent, StringComparison.Ordinal);
        var form = await admin.GetAsync("/visits/templates/pathway");
        var saved = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Name"] = "Ashdown support visit",
            ["Agenda"] = "1. Welcome\n2. The Ashdown improvement plan",
            ["DiscussionPrompt"] = "Record what you saw of the children's experience first.",
        });
        Assert.Contains("Your local authority's", saved.Document.Body!.TextContent, StringComparison.Ordinal);

        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay, "1pm");
        // The visit's own agenda wins over the template's; its guidance comes from the LA's template.
        var note = await StartNoteAsync(adviser, visitId);
        Assert.Contains("Ashdown support visit", note.Text, StringComparison.Ordinal);
        Assert.Contains("Record what you saw of the children's experience first.", note.Document.Body!.TextContent, StringComparison.Ordinal);

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.DoesNotContain("Ashdown support visit", (await otherLa.GetAsync("/visits/templates")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVisitChangedByTwoPeople_TheStaleChangeIsRefused_AndNoSecondInvitationGoes()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA2Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay.AddDays(2), "10am");
        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        var adviserForm = await adviser.GetAsync($"/visits/{visitId}/edit");
        var seniorForm = await senior.GetAsync($"/visits/{visitId}/edit");

        Assert.Contains("updated invitation", (await adviser.SubmitAsync(adviserForm, new Dictionary<string, string> { ["Schedule.Time"] = "11am" })).Text, StringComparison.Ordinal);
        var stale = await senior.SubmitAsync(seniorForm, new Dictionary<string, string> { ["Schedule.Time"] = "3pm" });
        Assert.Contains(stale.ErrorMessages, m => m.StartsWith("Someone else changed this visit while you had it open", StringComparison.Ordinal));
        Assert.Equal("3pm", stale.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Schedule.Time']")!.Value);
        var saved = await app.WithDbAsync((db, _) => db.Visits.IgnoreQueryFilters().SingleAsync(v => v.Id == visitId));
        Assert.Equal(new TimeOnly(11, 0), saved.StartTime);
        var outbox = await app.WithDbAsync((db, _) => db.OutboxMessages.IgnoreQueryFilters().CountAsync(m => m.Subject.StartsWith("Visit rescheduled: Visit 1, Bramble")));
        Assert.Equal(1, outbox);
    }
}

public sealed class NoteRulesTestsOnSqlite(SqliteFixture app) : NoteRulesTests<SqliteFixture>(app);

public sealed class NoteRulesTestsOnPostgres(PostgresFixture app) : NoteRulesTests<PostgresFixture>(app);
