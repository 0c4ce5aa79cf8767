using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Visits;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Visits.VisitFlowSupport;

namespace Ascent.Tests.Visits;

/// A requires-improvement case carried by its visits: planned with an invitation the setting receives, prepared
/// by the setting, held, written up in a note with recommendations and actions, issued, acknowledged, and the next
/// note opening with the recommendations to evaluate.
public abstract class VisitAndNoteTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(20);
    private static readonly DateOnly VisitDay = new(2026, 11, 23);

    [Fact]
    public async Task VisitOne_IsPlannedPreparedHeldWrittenUpIssuedAndAcknowledged_AndVisitTwoEvaluatesItsRecommendations()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);

        // Planned from the case's plan: the setting's owner is invited, the adviser copied, with an iCalendar event.
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay, "10am");
        var invitation = await app.Smtp.WaitForMessageAsync(m => (m.Subject ?? "").StartsWith("Visit planned: Visit 1, Acorn Day Nursery", StringComparison.Ordinal), "inviting to visit 1", MailWait);
        Assert.Contains(TestWorld.OwnerA1, invitation.To.Mailboxes.Select(m => m.Address));
        Assert.Contains(TestWorld.AdviserA, invitation.Cc.Mailboxes.Select(m => m.Address));
        var calendar = Invitation(invitation);
        Assert.Equal("REQUEST", calendar.Method);
        var planned = Assert.Single(calendar.Events);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 0), planned.DtStart!.Value);
        Assert.Equal("Europe/London", planned.DtStart.TzId);
        Assert.Contains("Visit 1", planned.Summary, StringComparison.Ordinal);
        Assert.Contains(planned.Attendees, a => a.Value!.ToString().EndsWith(TestWorld.OwnerA1, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Ofsted actions", planned.Description, StringComparison.Ordinal);

        // Moved to the afternoon: the same event, a higher sequence.
        var edit = await adviser.GetAsync($"/visits/{visitId}/edit");
        var moved = await adviser.SubmitAsync(edit, new Dictionary<string, string> { ["Schedule.Time"] = "2pm", ["Reason"] = "The manager asked for the afternoon" });
        Assert.Contains("updated invitation", moved.Text, StringComparison.Ordinal);
        var update = Invitation(await app.Smtp.WaitForMessageAsync(m => (m.Subject ?? "").StartsWith("Visit rescheduled: Visit 1, Acorn Day Nursery", StringComparison.Ordinal), "rescheduling visit 1", MailWait));
        Assert.Equal(planned.Uid, update.Events.Single().Uid);
        Assert.Equal(1, update.Events.Single().Sequence);
        Assert.Equal(14, update.Events.Single().DtStart!.Value.Hour);

        // The setting's part: a checklist item, what has happened, a document.
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var prep = await owner.GetAsync($"/visits/{visitId}/preparation");
        var saved = await owner.UploadAsync(prep, new Dictionary<string, string>
        {
            ["Checklist"] = "alerted-staff",
            ["SinceLastVisit"] = "We have a new room leader for the two-year-olds.",
            ["ToDiscuss"] = "Staff supervision",
        }, "Files", ("improvement-plan.docx", [0x50, 0x4B, 3, 4]));
        Assert.Contains("Your preparation is saved", saved.Text, StringComparison.Ordinal);
        var seen = await adviser.GetAsync($"/visits/{visitId}");
        Assert.Contains("1 of 4 checklist items done", seen.Text, StringComparison.Ordinal);
        Assert.Contains("We have a new room leader", seen.Text, StringComparison.Ordinal);
        Assert.Contains("improvement-plan.docx", seen.Text, StringComparison.Ordinal);

        // Held: the case's visit task is done and the next visit is in the plan.
        await RecordHeldAsync(adviser, visitId);
        var tasks = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().Where(t => t.CaseId == supportCase.Id && t.Kind == "visit").ToListAsync());
        Assert.Equal(CaseTaskState.Done, tasks.Single(t => t.VisitNumber == 1).State);
        Assert.Equal(CaseTaskState.Open, tasks.Single(t => t.VisitNumber == 2).State);

        // The note: two recommendations, three actions (two for the setting, one for the LA), issued.
        var note = await StartNoteAsync(adviser, visitId);
        Assert.True(note.Text.Contains("There are no open recommendations from earlier notes", StringComparison.Ordinal), $"{note.Status} {note.Url} {note.Heading} {note.Document.QuerySelector("main")?.TextContent}");
        using (var owners = app.NewBrowser())
        {
            await owners.SignInAsync(TestWorld.OwnerA1);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await owners.GetAsync($"/visits/{visitId}/note")).Status);
        }

        var values = new Dictionary<string, string>
        {
            ["SeenAndDiscussed"] = "Observed the two-year-old room at lunch. Discussed the Ofsted actions on supervision.",
            ["Recommendations[0].Text"] = "Introduce termly supervision for every member of staff",
            ["Recommendations[1].Text"] = "Review risk assessments for the outdoor area",
            ["Signposting"] = "prevent",
        };
        foreach (var (key, value) in Action(0, "Write a supervision schedule", "Setting", VisitDay.AddDays(14), "Leadership and supervision")
            .Concat(Action(1, "Update the outdoor risk assessment", "Setting", VisitDay.AddDays(21)))
            .Concat(Action(2, "Send the supervision template", "LocalAuthority", VisitDay.AddDays(3))))
            values[key] = value;
        var issued = await PostNoteAsync(adviser, note, "Issue", values);
        Assert.Empty(issued.ErrorMessages);
        Assert.Contains("Note issued", issued.Text, StringComparison.Ordinal);

        // E-mailed to the setting with a Word copy that holds the recommendations and actions.
        var noteMail = await app.Smtp.WaitForMessageAsync(m => (m.Subject ?? "").StartsWith("Note of visit: Visit 1, Acorn Day Nursery", StringComparison.Ordinal), "issuing the note", MailWait);
        Assert.Contains(TestWorld.OwnerA1, noteMail.To.Mailboxes.Select(m => m.Address));
        var word = string.Join("\n", NoteDocument.Paragraphs(Attachment(noteMail, NoteDocument.ContentType)));
        Assert.Contains("Introduce termly supervision for every member of staff", word, StringComparison.Ordinal);
        Assert.Contains("Write a supervision schedule (owner: setting", word, StringComparison.Ordinal);
        Assert.Contains("Prevent training", word, StringComparison.Ordinal);

        // Locked: a further edit is refused.
        var locked = await adviser.GetAsync($"/visits/{visitId}/note");
        Assert.Null(locked.Document.QuerySelector("textarea[name='SeenAndDiscussed']"));
        await PostNoteAsync(adviser, note, null, new Dictionary<string, string>(values) { ["SeenAndDiscussed"] = "Rewritten after issue" });
        var kept = await app.WithDbAsync((db, _) => db.VisitNotes.IgnoreQueryFilters().Where(n => n.VisitId == visitId).Select(n => n.SeenAndDiscussed).SingleAsync());
        Assert.StartsWith("Observed the two-year-old room", kept, StringComparison.Ordinal);

        // The setting reads and acknowledges it; its actions are on its visits page.
        var read = await owner.GetAsync($"/visits/{visitId}/note");
        Assert.Contains("Review risk assessments for the outdoor area", read.Text, StringComparison.Ordinal);
        var acknowledged = await owner.SubmitAsync(read, formSelector: "main form[action*='handler=Acknowledge']");
        Assert.Contains("you have acknowledged the note", acknowledged.Text, StringComparison.Ordinal);
        Assert.Contains("by Olu Owner", acknowledged.Text, StringComparison.Ordinal);
        Assert.Contains("Olu Owner acknowledged the note of Visit 1 at Acorn Day Nursery", (await adviser.GetAsync("/notifications")).Text, StringComparison.Ordinal);
        var history = await owner.GetAsync($"/settings/{app.World.SettingA1Id}/visits");
        Assert.Contains("Write a supervision schedule", history.Text, StringComparison.Ordinal);
        Assert.Contains("Open: evaluated at the next visit", history.Text, StringComparison.Ordinal);

        // Visit 2's note opens with both recommendations to evaluate; issuing needs an evaluation of each.
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

        // The thread: the first is met, the second carried on to the next note.
        var thread = await owner.GetAsync($"/settings/{app.World.SettingA1Id}/visits");
        Assert.Contains("Met on " + Ascent.Web.Infrastructure.Format.Date(DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime)), thread.Text, StringComparison.Ordinal);
        Assert.Contains("partly met at", thread.Text, StringComparison.Ordinal);
        var open = await app.WithDbAsync((db, _) => db.Recommendations.IgnoreQueryFilters().Where(r => r.SettingId == app.World.SettingA1Id && r.Status == RecommendationStatus.Open).Select(r => r.Text).ToListAsync());
        Assert.Equal(["Review risk assessments for the outdoor area"], open);
    }

    [Fact]
    public async Task TwoCancellationsByTheSettingInATerm_RaiseTheEscalation_AndSendCancelledInvitations()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA2Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        for (var i = 0; i < 2; i++)
        {
            var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay.AddDays(7 + i), "9:30am");
            // The first is cancelled by the setting's owner in Ascent, the second recorded by the adviser.
            var browser = i == 0 ? owner : adviser;
            var page = await browser.GetAsync($"/visits/{visitId}/cancel");
            var fields = new Dictionary<string, string> { ["Reason"] = "Manager off sick" };
            if (i == 1)
                fields["CancelledBy"] = "Setting";
            var cancelled = await browser.SubmitAsync(page, fields);
            Assert.Contains("booked again", cancelled.Text, StringComparison.Ordinal);
        }

        var cancel = await app.Smtp.WaitForMessageAsync(m => (m.Subject ?? "").StartsWith("Visit cancelled", StringComparison.Ordinal) && m.To.Mailboxes.Any(a => a.Address == TestWorld.OwnerA2), "cancelling", MailWait);
        Assert.Equal("CANCEL", Invitation(cancel).Method);
        // Cancelled by the setting's owner, the event still comes from the adviser who planned it.
        Assert.EndsWith(TestWorld.AdviserA, Invitation(cancel).Events.Single().Organizer!.Value!.ToString(), StringComparison.OrdinalIgnoreCase);
        var tasks = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().Where(t => t.CaseId == supportCase.Id).ToListAsync());
        Assert.Equal(2, tasks.Count(t => t.Outcome == "cancelled-by-setting"));
        var alert = Assert.Single(tasks, t => t.Kind == "escalation");
        Assert.Equal("Senior Improvement Adviser", alert.OwnerRole);

        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        Assert.Contains("The setting has cancelled 2 visits in the Autumn 2026 term", (await senior.GetAsync("/tasks")).Text, StringComparison.Ordinal);
        Assert.Contains("Bramble Pre-school: 2 visits cancelled in the Autumn 2026 term", (await senior.GetAsync("/cases/overview")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANoteIssuedAndNotAcknowledgedForTenWorkingDays_IsOnTheAdvisersTaskList()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var visitId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingB1Id);
            var visit = new Visit(setting, VisitPurposes.AnnualConversation, "Annual conversation", new VisitSchedule(new DateOnly(2026, 11, 25), new TimeOnly(10, 0), 60, "Europe/London", VisitMode.OnSite, "On site", null, null), "Test", app.Time.GetUtcNow());
            visit.RecordHeld(new DateOnly(2026, 11, 25));
            db.Visits.Add(visit);
            var admin = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.AdminB);
            var note = new VisitNote(visit, admin.Id, admin.DisplayName, NoteTemplateDefaults.For(setting.TenantId, VisitPurposes.AnnualConversation), app.Time.GetUtcNow()) { SeenAndDiscussed = "A good year." };
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

public sealed class VisitAndNoteTestsOnSqlite(SqliteFixture app) : VisitAndNoteTests<SqliteFixture>(app);

public sealed class VisitAndNoteTestsOnPostgres(PostgresFixture app) : VisitAndNoteTests<PostgresFixture>(app);
