using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Visits;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Pages.Visits.Note;

/// The note of a visit: written and issued by LA staff (locked from then on), acknowledged by the setting, and the
/// next note evaluating its recommendations. Two people editing one draft never silently overwrite each other.
public abstract class NoteTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    // The last day a test of this class moves the clock to: a visit is recorded as held on its day, never before it.
    private static readonly DateOnly VisitDay = new(2026, 11, 25);

    [Fact]
    public async Task PostIssue_SendsTheNoteWithAWordCopy_AndLocksIt()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay, "10am");
        await RecordHeldAsync(adviser, visitId);
        var note = await StartNoteAsync(adviser, visitId);
        var values = new Dictionary<string, string>
        {
            ["SeenAndDiscussed"] = "Observed the two-year-old room at lunch. Discussed the Ofsted actions on supervision.",
            ["Recommendations[0].Text"] = "Introduce termly supervision for every member of staff",
            ["Recommendations[1].Text"] = "Review risk assessments for the outdoor area",
            ["Signposting"] = "prevent",
        };
        foreach (var (key, value) in Action(0, "Write a supervision schedule", "Setting", VisitDay.AddDays(14), "new")
            .Concat(Action(1, "Update the outdoor risk assessment", "Setting", VisitDay.AddDays(21)))
            .Concat(Action(2, "Send the supervision template", "LocalAuthority", VisitDay.AddDays(3))))
            values[key] = value;

        var issued = await PostNoteAsync(adviser, note, "Issue", values);

        Assert.Empty(issued.ErrorMessages);
        Assert.Contains("Note issued", issued.Text, StringComparison.Ordinal);
        var noteMail = await MailAboutAsync(app, "Note of visit: Visit 1, Acorn Day Nursery", visitId, "issuing the note");
        Assert.Contains(TestWorld.OwnerA1, noteMail.To.Mailboxes.Select(m => m.Address));
        var word = string.Join("\n", NoteDocument.Paragraphs(Attachment(noteMail, NoteDocument.ContentType)));
        Assert.Contains("Introduce termly supervision for every member of staff", word, StringComparison.Ordinal);
        Assert.Contains("Write a supervision schedule (owner: setting, by 9 December 2026, improvement plan goal: Write a supervision schedule)", word, StringComparison.Ordinal);
        Assert.Contains("Update the outdoor risk assessment (owner: setting, by 16 December 2026, improvement plan goal: not part of the plan)", word, StringComparison.Ordinal);
        Assert.Contains("Prevent training", word, StringComparison.Ordinal);

        var locked = await adviser.GetAsync($"/visits/{visitId}/note");
        Assert.Null(locked.Document.QuerySelector("textarea[name='SeenAndDiscussed']"));
        await PostNoteAsync(adviser, note, null, new Dictionary<string, string>(values) { ["SeenAndDiscussed"] = "Rewritten after issue" });
        var kept = await app.WithDbAsync((db, _) => db.VisitNotes.IgnoreQueryFilters().Where(n => n.VisitId == visitId).Select(n => n.SeenAndDiscussed).SingleAsync());
        Assert.StartsWith("Observed the two-year-old room", kept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNextNote_EvaluatesTheOpenRecommendations_AndOnlyThoseMetAreClosed()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA2Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitOne = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay, "10am");
        await RecordHeldAsync(adviser, visitOne);
        var first = await PostNoteAsync(adviser, await StartNoteAsync(adviser, visitOne), "Issue", new Dictionary<string, string>
        {
            ["SeenAndDiscussed"] = "Observed the pre-school room.",
            ["Recommendations[0].Text"] = "Introduce termly supervision for every member of staff",
            ["Recommendations[1].Text"] = "Review risk assessments for the outdoor area",
        });
        Assert.Contains("Note issued", first.Text, StringComparison.Ordinal);

        var visitTwo = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay, "4pm");
        await RecordHeldAsync(adviser, visitTwo);
        var second = await StartNoteAsync(adviser, visitTwo);
        var legends = second.Document.QuerySelectorAll("legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("Recommendation 1: Introduce termly supervision for every member of staff", legends);
        Assert.Contains("Recommendation 2: Review risk assessments for the outdoor area", legends);
        var refused = await PostNoteAsync(adviser, second, "Issue", new Dictionary<string, string> { ["SeenAndDiscussed"] = "Supervision has started." });
        Assert.Contains("Evaluate recommendation 2 from the previous note: met, partly met or not met", refused.ErrorMessages);
        var secondIssued = await PostNoteAsync(adviser, refused, "Issue", new Dictionary<string, string>
        {
            ["SeenAndDiscussed"] = "Supervision has started.",
            ["Reviews[0].Evaluation"] = "Met",
            ["Reviews[0].Comment"] = "Every member of staff has had a supervision",
            ["Reviews[1].Evaluation"] = "PartlyMet",
        });
        Assert.Contains("Note issued", secondIssued.Text, StringComparison.Ordinal);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        var thread = await owner.GetAsync($"/settings/{app.World.SettingA2Id}/visits");
        Assert.Contains("Met on " + Ascent.Web.Infrastructure.Format.Date(app.Time.Today()), thread.Text, StringComparison.Ordinal);
        Assert.Contains("partly met at", thread.Text, StringComparison.Ordinal);
        var open = await app.WithDbAsync((db, _) => db.Recommendations.IgnoreQueryFilters().Where(r => r.SettingId == app.World.SettingA2Id && r.Status == RecommendationStatus.Open).Select(r => r.Text).ToListAsync());
        Assert.Equal(["Review risk assessments for the outdoor area"], open);
    }

    [Fact]
    public async Task TwoPeopleEditingOneDraft_TheSecondSaveIsRefused_AndTheFirstIsKept()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
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
    public async Task PostAcknowledge_ByTheSettingsOwner_RecordsIt_AndTellsTheAuthor_WhileADraftStaysHidden()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var (issuedVisit, draftVisit) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var adviser = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.AdviserA);
            var template = NoteTemplateDefaults.For(setting.TenantId, VisitPurposes.AnnualConversation);
            var visits = new List<Visit>();
            foreach (var issue in new[] { true, false })
            {
                var visit = new Visit(setting, VisitPurposes.AnnualConversation, "Annual conversation", new VisitSchedule(new DateOnly(2026, 11, 25), new TimeOnly(9, 0), 60, "Europe/London", VisitMode.OnSite, "On site", null, null), adviser.DisplayName, app.Time.GetUtcNow());
                visit.RecordHeld(new DateOnly(2026, 11, 25), app.Time.Today());
                db.Visits.Add(visit);
                var note = new VisitNote(visit, adviser.Id, adviser.DisplayName, template, app.Time.GetUtcNow());
                note.Write(new NoteWriteUp(note.Agenda, null, "A good year at the nursery.", null, [], null, null));
                if (issue)
                    note.Issue(adviser.DisplayName, new DateOnly(2026, 11, 25), app.Time.GetUtcNow());
                db.VisitNotes.Add(note);
                visits.Add(visit);
            }

            await db.SaveChangesAsync();
            return (visits[0].Id, visits[1].Id);
        });
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await owner.GetAsync($"/visits/{draftVisit}/note")).Status);

        var read = await owner.GetAsync($"/visits/{issuedVisit}/note");
        var acknowledged = await owner.SubmitAsync(read, formSelector: "main form[action*='handler=Acknowledge']");

        Assert.Contains("you have acknowledged the note", acknowledged.Text, StringComparison.Ordinal);
        Assert.Contains("by Olu Owner", acknowledged.Text, StringComparison.Ordinal);
        using var adviserBrowser = app.NewBrowser();
        await adviserBrowser.SignInAsync(TestWorld.AdviserA);
        Assert.Contains("Olu Owner acknowledged the note of Annual conversation at Acorn Day Nursery", (await adviserBrowser.GetAsync("/notifications")).Text, StringComparison.Ordinal);
    }
}

public sealed class NoteTestsOnSqlite(SqliteFixture app) : NoteTests<SqliteFixture>(app);

public sealed class NoteTestsOnPostgres(PostgresFixture app) : NoteTests<PostgresFixture>(app);
