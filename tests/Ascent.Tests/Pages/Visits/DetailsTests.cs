using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Pages.Visits;

/// The visit's page: recording it as held moves the case it carries out; the day it was held is the planned one
/// unless the adviser confirms another, and never a day still to come.
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

    [Fact]
    public async Task Get_OfAVisitStillToCome_FillsInNoDay_AndRefusesThePlannedOne()
    {
        var planned = app.Time.Today().AddDays(7);
        var visitId = await SeedPlannedVisitAsync(planned, "A visit still to come");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);

        var page = await adviser.GetAsync($"/visits/{visitId}");

        // A day filled in that can only be refused would be a trap: the hint says when it can be recorded instead.
        Assert.Null(HeldOnShown(page));
        Assert.Contains($"The visit is planned for {Format.Date(planned)}. Record it as held once it has taken place.", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("input[name='OtherDayConfirmed']"));
        var refused = await adviser.SubmitAsync(page, HeldOnFields(planned, confirmed: false), HeldForm);
        Assert.Equal(["The date the visit was held must be today or in the past"], refused.ErrorMessages);
        var tomorrow = await adviser.SubmitAsync(refused, HeldOnFields(app.Time.Today().AddDays(1), confirmed: true), HeldForm);
        Assert.Equal(["The date the visit was held must be today or in the past"], tomorrow.ErrorMessages);
        Assert.Equal(VisitStatus.Planned, (await VisitAsync(visitId)).Status);
    }

    [Fact]
    public async Task PostHeld_OnThePlannedDay_WhenItHasPassed_IsRecordedWithoutAQuestion()
    {
        var planned = app.Time.Today().AddDays(-2);
        var visitId = await SeedPlannedVisitAsync(planned, "A visit not yet recorded");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var page = await adviser.GetAsync($"/visits/{visitId}");
        Assert.Equal(planned, HeldOnShown(page));

        var held = await adviser.SubmitAsync(page, formSelector: HeldForm);

        Assert.Empty(held.ErrorMessages);
        Assert.Contains("Visit recorded as held", held.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("a different day from the one planned", held.Text, StringComparison.Ordinal);
        var visit = await VisitAsync(visitId);
        Assert.Equal(VisitStatus.Held, visit.Status);
        Assert.Equal(planned, visit.HeldOn);
    }

    [Fact]
    public async Task PostHeld_OnAnotherDay_AsksToConfirmIt_AndRecordsItOnceConfirmed()
    {
        var today = app.Time.Today();
        var planned = today.AddDays(-1);
        var visitId = await SeedPlannedVisitAsync(planned, "A visit brought forward");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var page = await adviser.GetAsync($"/visits/{visitId}");

        var asked = await adviser.SubmitAsync(page, HeldOnFields(today.AddDays(-3)), HeldForm);

        Assert.Equal(["Confirm that the visit was held on a different day from the one planned"], asked.ErrorMessages);
        var confirmation = asked.Document.QuerySelector<IHtmlInputElement>("main form input[name='OtherDayConfirmed']");
        Assert.NotNull(confirmation);
        Assert.False(confirmation.IsChecked);
        Assert.Contains("Yes, the visit was held on a different day from the one planned", asked.Text, StringComparison.Ordinal);
        Assert.Contains($"It was planned for {Format.Date(planned)}.", asked.Text, StringComparison.Ordinal);
        Assert.Equal(today.AddDays(-3), HeldOnShown(asked));
        Assert.Equal(VisitStatus.Planned, (await VisitAsync(visitId)).Status);

        var held = await adviser.SubmitAsync(asked, new Dictionary<string, string> { ["OtherDayConfirmed"] = "true" }, HeldForm);

        Assert.Empty(held.ErrorMessages);
        Assert.Contains("Visit recorded as held", held.Text, StringComparison.Ordinal);
        Assert.Contains($"{Format.Date(today.AddDays(-3))}, a different day from the one planned", held.Text, StringComparison.Ordinal);
        var visit = await VisitAsync(visitId);
        Assert.Equal(VisitStatus.Held, visit.Status);
        Assert.Equal(today.AddDays(-3), visit.HeldOn);
        Assert.Equal(planned, visit.Date);
    }

    private const string HeldForm = "main form[action*='handler=Held']";

    private static Dictionary<string, string> HeldOnFields(DateOnly on, bool confirmed = false)
    {
        var fields = new Dictionary<string, string>
        {
            ["HeldOn.Day"] = on.Day.ToString(CultureInfo.InvariantCulture),
            ["HeldOn.Month"] = on.Month.ToString(CultureInfo.InvariantCulture),
            ["HeldOn.Year"] = on.Year.ToString(CultureInfo.InvariantCulture),
        };
        if (confirmed)
            fields["OtherDayConfirmed"] = "true";
        return fields;
    }

    /// The day the held-on date inputs show, or null when they are empty.
    private static DateOnly? HeldOnShown(Page page)
    {
        string Value(string id) => page.Document.QuerySelector<IHtmlInputElement>($"main form input#{id}")!.Value;
        if (Value("HeldOn").Length == 0 && Value("HeldOn-month").Length == 0 && Value("HeldOn-year").Length == 0)
            return null;
        return new DateOnly(int.Parse(Value("HeldOn-year"), CultureInfo.InvariantCulture), int.Parse(Value("HeldOn-month"), CultureInfo.InvariantCulture), int.Parse(Value("HeldOn"), CultureInfo.InvariantCulture));
    }

    private Task<Visit> VisitAsync(int id) => app.WithDbAsync((db, _) => db.Visits.IgnoreQueryFilters().SingleAsync(v => v.Id == id));

    // A visit at Bramble planned ten days ago, as an adviser would have planned it then.
    private Task<int> SeedPlannedVisitAsync(DateOnly on, string title) => app.WithDbAsync(async (db, _) =>
    {
        var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA2Id);
        var visit = new Visit(setting, VisitPurposes.AnnualConversation, title, new VisitSchedule(on, new TimeOnly(10, 0), 60, "Europe/London", VisitMode.OnSite, "On site", null, null), "Ada Adviser", app.Time.GetUtcNow().AddDays(-10));
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit.Id;
    });
}

public sealed class DetailsTestsOnSqlite(SqliteFixture app) : DetailsTests<SqliteFixture>(app);

public sealed class DetailsTestsOnPostgres(PostgresFixture app) : DetailsTests<PostgresFixture>(app);
