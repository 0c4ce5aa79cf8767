using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Pages.Visits.Plan;

/// Planning a visit, changing it and cancelling it: every change reaches the setting as an invitation that replaces
/// the last in its calendar.
public abstract class PlanTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly DateOnly VisitDay = new(2026, 11, 23);

    [Fact]
    public async Task Plan_InvitesTheSettingsOwner_AndCopiesTheAdviser_WithACalendarEvent()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);

        // Two days ahead: another test of this class moves the clock to the 24th, and a past day is not planned.
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay.AddDays(2), "10am");

        var invitation = await MailAboutAsync(app, "Visit planned: Visit 1, Acorn Day Nursery", visitId, "inviting to visit 1");
        Assert.Contains(TestWorld.OwnerA1, invitation.To.Mailboxes.Select(m => m.Address));
        Assert.Contains(TestWorld.AdviserA, invitation.Cc.Mailboxes.Select(m => m.Address));
        var calendar = Invitation(invitation);
        Assert.Equal("REQUEST", calendar.Method);
        var planned = Assert.Single(calendar.Events);
        Assert.Equal(new DateTime(2026, 11, 25, 10, 0, 0), planned.DtStart!.Value);
        Assert.Equal("Europe/London", planned.DtStart.TzId);
        Assert.Contains("Visit 1", planned.Summary, StringComparison.Ordinal);
        Assert.Contains(planned.Attendees, a => a.Value!.ToString().EndsWith(TestWorld.OwnerA1, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Ofsted actions", planned.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ToTheAfternoon_SendsTheSameEventWithAHigherSequence()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay.AddDays(1), "10am");
        var planned = Invitation(await MailAboutAsync(app, "Visit planned: Visit 1, Acorn Day Nursery", visitId, "inviting to visit 1")).Events.Single();

        var edit = await adviser.GetAsync($"/visits/{visitId}/edit");
        var moved = await adviser.SubmitAsync(edit, new Dictionary<string, string> { ["Schedule.Time"] = "2pm", ["Reason"] = "The manager asked for the afternoon" });

        Assert.Contains("updated invitation", moved.Text, StringComparison.Ordinal);
        var update = Invitation(await MailAboutAsync(app, "Visit rescheduled: Visit 1, Acorn Day Nursery", visitId, "rescheduling visit 1")).Events.Single();
        Assert.Equal(planned.Uid, update.Uid);
        Assert.Equal(1, update.Sequence);
        Assert.Equal(14, update.DtStart!.Value.Hour);
    }

    [Fact]
    public async Task Edit_ByTwoPeople_TheStaleChangeIsRefused_AndNoSecondInvitationGoes()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA2Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, new DateOnly(2026, 11, 26), "10am");
        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        var adviserForm = await adviser.GetAsync($"/visits/{visitId}/edit");
        var seniorForm = await senior.GetAsync($"/visits/{visitId}/edit");

        Assert.Contains("updated invitation", (await adviser.SubmitAsync(adviserForm, new Dictionary<string, string> { ["Schedule.Time"] = "11am" })).Text, StringComparison.Ordinal);
        var stale = await senior.SubmitAsync(seniorForm, new Dictionary<string, string> { ["Schedule.Time"] = "3pm" });

        Assert.Contains(stale.ErrorMessages, m => m.StartsWith("Someone else changed this visit while you had it open", StringComparison.Ordinal));
        Assert.Equal("3pm", stale.Document.QuerySelector<IHtmlInputElement>("input[name='Schedule.Time']")!.Value);
        var saved = await app.WithDbAsync((db, _) => db.Visits.IgnoreQueryFilters().SingleAsync(v => v.Id == visitId));
        Assert.Equal(new TimeOnly(11, 0), saved.StartTime);
        // The only change of a visit at Bramble in this class: one invitation for the change that was saved.
        var sent = await app.WithDbAsync((db, _) => db.OutboxMessages.IgnoreQueryFilters().CountAsync(m => m.Subject.StartsWith("Visit rescheduled: Visit 1, Bramble")));
        Assert.Equal(1, sent);
    }

    [Fact]
    public async Task Cancel_TwiceByTheSettingInATerm_RaisesTheEscalation_AndSendsCancelledInvitations()
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

        var cancel = await app.Smtp.WaitForMessageAsync(m => (m.Subject ?? "").StartsWith("Visit cancelled", StringComparison.Ordinal) && m.To.Mailboxes.Any(a => a.Address == TestWorld.OwnerA2), "cancelling", TimeSpan.FromSeconds(20));
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
}

public sealed class PlanTestsOnSqlite(SqliteFixture app) : PlanTests<SqliteFixture>(app);

public sealed class PlanTestsOnPostgres(PostgresFixture app) : PlanTests<PostgresFixture>(app);
