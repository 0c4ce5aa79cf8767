using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Pages.Visits.Plan;

/// A visit planned on a day already past is, once the adviser confirms it, recorded as a visit that was held: the
/// setting is sent no invitation. A planned visit cannot be moved to a day already past.
public abstract class PastDateTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string Question = "This date has passed. Record it as a visit that was held?";

    [Fact]
    public async Task Plan_OnADayAlreadyPast_AsksFirst_ThenRecordsAHeldVisit_AndQueuesNoInvitation()
    {
        var on = app.Time.Today().AddDays(-3);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var form = await adviser.GetAsync($"/settings/{app.World.SettingA2Id}/visits/new");
        Assert.DoesNotContain(Question, form.Text, StringComparison.Ordinal);

        var asked = await adviser.SubmitAsync(form, AdHocVisit("Catch-up recorded afterwards", on));

        Assert.Equal(["Confirm that the visit was held, or enter a date today or in the future"], asked.ErrorMessages);
        Assert.Contains(Question, asked.Text, StringComparison.Ordinal);
        Assert.False(asked.Document.QuerySelector<IHtmlInputElement>("main form input[name='RecordAsHeld']")!.IsChecked);
        Assert.Equal("Catch-up recorded afterwards", asked.Document.QuerySelector<IHtmlInputElement>("main form input[name='Title']")!.Value);
        Assert.Equal(0, await VisitsCalledAsync("Catch-up recorded afterwards"));

        var held = await adviser.SubmitAsync(asked, new Dictionary<string, string> { ["RecordAsHeld"] = "true" });

        Assert.Empty(held.ErrorMessages);
        Assert.Contains($"Catch-up recorded afterwards recorded as held on {Format(on)}. No invitation was sent.", held.Text, StringComparison.Ordinal);
        Assert.Contains("after the visit: no invitation was sent", held.Text, StringComparison.Ordinal);
        var visit = await app.WithDbAsync((db, _) => db.Visits.IgnoreQueryFilters().SingleAsync(v => v.Title == "Catch-up recorded afterwards"));
        Assert.Equal(VisitStatus.Held, visit.Status);
        Assert.Equal(on, visit.Date);
        Assert.Equal(on, visit.HeldOn);
        Assert.Equal(0, await MessagesAboutAsync("Catch-up recorded afterwards"));
    }

    [Fact]
    public async Task Plan_OnADayAlreadyPast_ThenMovedToToday_PlansItAndInvitesTheSetting()
    {
        var today = app.Time.Today();
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var form = await adviser.GetAsync($"/settings/{app.World.SettingA2Id}/visits/new");
        var asked = await adviser.SubmitAsync(form, AdHocVisit("A visit typed with last week's date", today.AddDays(-7)));
        Assert.Contains(Question, asked.Text, StringComparison.Ordinal);

        var planned = await adviser.SubmitAsync(asked, DateFields(today));

        Assert.Empty(planned.ErrorMessages);
        Assert.Contains("The setting has been sent an invitation", planned.Text, StringComparison.Ordinal);
        var visit = await app.WithDbAsync((db, _) => db.Visits.IgnoreQueryFilters().SingleAsync(v => v.Title == "A visit typed with last week's date"));
        Assert.Equal(VisitStatus.Planned, visit.Status);
        Assert.Equal(today, visit.Date);
        Assert.Equal(1, await MessagesAboutAsync("A visit typed with last week's date"));
    }

    [Fact]
    public async Task Plan_ACasesVisit_OnADayAlreadyPast_CompletesItsTask_WithoutAnInvitation()
    {
        var on = app.Time.Today().AddDays(-2);
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        var task = await OpenVisitTaskAsync(app, supportCase.Id);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var form = await adviser.GetAsync($"/settings/{app.World.SettingA1Id}/visits/new?task={task.Id}");
        var fields = DateFields(on);
        fields["Schedule.Time"] = "10am";
        var asked = await adviser.SubmitAsync(form, fields);
        Assert.Contains(Question, asked.Text, StringComparison.Ordinal);

        var held = await adviser.SubmitAsync(asked, new Dictionary<string, string> { ["RecordAsHeld"] = "true" });

        Assert.Empty(held.ErrorMessages);
        Assert.Contains("recorded as held", held.Text, StringComparison.Ordinal);
        var tasks = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().Where(t => t.CaseId == supportCase.Id && t.Kind == "visit").ToListAsync());
        var done = tasks.Single(t => t.Id == task.Id);
        Assert.Equal(CaseTaskState.Done, done.State);
        Assert.Equal(on, done.CompletedOn);
        Assert.Contains(tasks, t => t.VisitNumber == task.VisitNumber + 1 && t.State == CaseTaskState.Open);
        Assert.Equal(0, await MessagesAboutAsync($"Visit {task.VisitNumber}, Acorn Day Nursery"));
    }

    [Fact]
    public async Task Edit_ToADayAlreadyPast_IsRefused_AndNoUpdateGoes()
    {
        var today = app.Time.Today();
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var planned = await adviser.SubmitAsync(await adviser.GetAsync($"/settings/{app.World.SettingA2Id}/visits/new"), AdHocVisit("A visit that cannot go back", today.AddDays(3)));
        Assert.Empty(planned.ErrorMessages);
        var visitId = int.Parse(planned.Url.Split('/').Last(), CultureInfo.InvariantCulture);

        var edit = await adviser.GetAsync($"/visits/{visitId}/edit");
        var refused = await adviser.SubmitAsync(edit, DateFields(today.AddDays(-1)));

        Assert.Equal(["Date of the visit must be today or in the future. If the visit has taken place, record it as held on the visit's page"], refused.ErrorMessages);
        var visit = await app.WithDbAsync((db, _) => db.Visits.IgnoreQueryFilters().SingleAsync(v => v.Id == visitId));
        Assert.Equal(today.AddDays(3), visit.Date);
        Assert.Equal(0, visit.CalendarSequence);
        Assert.Equal(1, await MessagesAboutAsync("A visit that cannot go back"));
    }

    private static Dictionary<string, string> AdHocVisit(string title, DateOnly on)
    {
        var fields = DateFields(on);
        fields["Purpose"] = VisitPurposes.AnnualConversation;
        fields["Title"] = title;
        fields["Schedule.Time"] = "10am";
        return fields;
    }

    private static Dictionary<string, string> DateFields(DateOnly on) => new()
    {
        ["Schedule.Date.Day"] = on.Day.ToString(CultureInfo.InvariantCulture),
        ["Schedule.Date.Month"] = on.Month.ToString(CultureInfo.InvariantCulture),
        ["Schedule.Date.Year"] = on.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static string Format(DateOnly date) => Web.Infrastructure.Format.Date(date);

    private Task<int> VisitsCalledAsync(string title) =>
        app.WithDbAsync((db, _) => db.Visits.IgnoreQueryFilters().CountAsync(v => v.Title == title));

    // Every e-mail about a visit (planned, rescheduled, cancelled) names it in the subject.
    private Task<int> MessagesAboutAsync(string subjectPart) =>
        app.WithDbAsync((db, _) => db.OutboxMessages.IgnoreQueryFilters().CountAsync(m => m.Subject.Contains(subjectPart)));
}

public sealed class PastDateTestsOnSqlite(SqliteFixture app) : PastDateTests<SqliteFixture>(app);

public sealed class PastDateTestsOnPostgres(PostgresFixture app) : PastDateTests<PostgresFixture>(app);
