using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Pages.Visits.Note;

/// A setting's agreed action belongs to a real goal of its improvement plan: one of its open goals, chosen from a
/// list, or a new goal made from the action when the note is issued. The plan and the goal show the action under it.
public abstract class NoteGoalTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly DateOnly HeldOn = new(2026, 11, 20);
    private static readonly DateOnly Due = new(2026, 12, 18);

    [Fact]
    public async Task AnAction_IsLinkedToAnOpenGoal_OrMakesOneWhenTheNoteIsIssued_AndThePlanShowsItUnderThatGoal()
    {
        var settingId = app.World.SettingA1Id;
        var (visitId, open) = await HeldVisitWithGoalAsync(settingId, "Every member of staff has termly supervision");
        await AddGoalAsync(settingId, "Refurbish the baby room", GoalStatus.Achieved);
        await AddGoalAsync(app.World.SettingA2Id, "Another setting's goal", GoalStatus.InProgress);
        var before = await GoalCountAsync(settingId);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);

        var note = await StartNoteAsync(adviser, visitId);
        var choices = note.Document.QuerySelectorAll("#Actions_0__Goal option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(["Choose a goal", "A new goal made from this action when the note is issued", "Not part of the improvement plan"], choices.Where(c => c != "Every member of staff has termly supervision"));
        Assert.Contains("Every member of staff has termly supervision", choices);
        var values = new Dictionary<string, string>
        {
            ["SeenAndDiscussed"] = "Looked at the supervision records and the two-year-olds' planning.",
        };
        foreach (var (key, value) in Action(0, "Write a supervision schedule", "Setting", Due, open.ToString(CultureInfo.InvariantCulture))
            .Concat(Action(1, "Plan a curriculum for two-year-olds that builds on what they can do", "Setting", Due, "new"))
            .Concat(Action(2, "Send the supervision template", "LocalAuthority", Due, "new")))
            values[key] = value;

        var draft = await PostNoteAsync(adviser, note, null, values);
        Assert.Empty(draft.ErrorMessages);
        Assert.Equal(open.ToString(CultureInfo.InvariantCulture), draft.Document.QuerySelector("#Actions_0__Goal option[selected]")!.GetAttribute("value"));
        Assert.Equal("new", draft.Document.QuerySelector("#Actions_1__Goal option[selected]")!.GetAttribute("value"));
        // A draft makes no goal: the setting cannot see the note yet.
        Assert.Equal(before, await GoalCountAsync(settingId));

        var issued = await PostNoteAsync(adviser, draft, "Issue", new Dictionary<string, string>());
        Assert.Empty(issued.ErrorMessages);
        Assert.Contains("Note issued", issued.Text, StringComparison.Ordinal);
        var made = await app.WithDbAsync((db, _) => db.PlanGoals.IgnoreQueryFilters().SingleAsync(g => g.SettingId == settingId && g.SourceKind == GoalSourceKind.VisitAgreedAction));
        Assert.Equal("Plan a curriculum for two-year-olds that builds on what they can do", made.Outcome);
        Assert.Equal(("ofsted-renewed-2025", "curriculum-and-teaching", (DateOnly?)Due), (made.FrameworkCode, made.AreaCode, made.ByWhen));
        Assert.Equal(before + 1, await GoalCountAsync(settingId));
        var actions = await app.WithDbAsync((db, _) => db.AgreedActions.IgnoreQueryFilters().Where(a => a.Note!.VisitId == visitId).OrderBy(a => a.Position).ToListAsync());
        Assert.Equal([open, made.Id, null], actions.Select(a => a.PlanGoalId));
        Assert.Equal($"/plan-goals/{made.Id}", Assert.Single(issued.Document.QuerySelectorAll("main a[href^='/plan-goals/']"), a => a.TextContent.StartsWith("Plan a curriculum", StringComparison.Ordinal)).GetAttribute("href"));

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var plan = await owner.GetAsync($"/settings/{settingId}/plan");
        var headings = plan.Document.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Goal: Every member of staff has termly supervision", headings);
        Assert.Contains("Goal: Plan a curriculum for two-year-olds that builds on what they can do", headings);
        Assert.DoesNotContain("Send the supervision template", plan.Text, StringComparison.Ordinal);

        var goal = await owner.GetAsync($"/plan-goals/{open}");
        Assert.Contains("Write a supervision schedule, due 18 December 2026", goal.Text, StringComparison.Ordinal);
        Assert.Equal($"/visits/{visitId}/note", goal.Document.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("Note of visit issued on", StringComparison.Ordinal)).GetAttribute("href"));
        var madePage = await owner.GetAsync($"/plan-goals/{made.Id}");
        Assert.Contains("Action agreed at the visit on 20 November 2026", madePage.Text, StringComparison.Ordinal);
        Assert.Contains("Curriculum and teaching", madePage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGoalClosedAfterTheFormWasLoaded_IsRefusedWithAMessage_AndNothingIsLost()
    {
        var settingId = app.World.SettingA2Id;
        var (visitId, goalId) = await HeldVisitWithGoalAsync(settingId, "Outdoor play every morning");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var note = await StartNoteAsync(adviser, visitId);
        await app.WithDbAsync(async (db, _) =>
        {
            var goal = await db.PlanGoals.IgnoreQueryFilters().SingleAsync(g => g.Id == goalId);
            goal.ChangeStatus(GoalStatus.Achieved, null, HeldOn);
            return await db.SaveChangesAsync();
        });
        var values = new Dictionary<string, string> { ["SeenAndDiscussed"] = "Watched the garden session." };
        foreach (var (key, value) in Action(0, "Buy waterproofs for every child", "Setting", Due, goalId.ToString(CultureInfo.InvariantCulture)))
            values[key] = value;

        var refused = await PostNoteAsync(adviser, note, null, values);

        Assert.Contains("The goal chosen for action 1 is no longer an open goal of the plan: it was closed or removed after you opened the note. Choose another goal, or make a new one from the action", refused.ErrorMessages);
        Assert.Equal("Buy waterproofs for every child", refused.Document.QuerySelector("textarea[name='Actions[0].Text']")!.TextContent.Trim());
        Assert.Equal("Watched the garden session.", refused.Document.QuerySelector("textarea[name='SeenAndDiscussed']")!.TextContent.Trim());
        var saved = await app.WithDbAsync((db, _) => db.VisitNotes.IgnoreQueryFilters().Include(n => n.Actions).SingleAsync(n => n.VisitId == visitId));
        Assert.Null(saved.SeenAndDiscussed);
        Assert.Empty(saved.Actions);

        // Choosing nothing for a setting's action is asked about too; choosing a new goal saves.
        values["Actions[0].Goal"] = "";
        Assert.Contains("Choose the improvement plan goal for action 1: one of the plan's goals, a new goal, or not part of the plan", (await PostNoteAsync(adviser, refused, null, values)).ErrorMessages);
        values["Actions[0].Goal"] = "new";
        Assert.Empty((await PostNoteAsync(adviser, refused, null, values)).ErrorMessages);
        Assert.True(await app.WithDbAsync((db, _) => db.AgreedActions.IgnoreQueryFilters().AnyAsync(a => a.Note!.VisitId == visitId && a.MakesNewGoal)));
    }

    private async Task<(int VisitId, int GoalId)> HeldVisitWithGoalAsync(int settingId, string outcome)
    {
        var goalId = await AddGoalAsync(settingId, outcome, GoalStatus.InProgress);
        var visitId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            var visit = new Visit(setting, VisitPurposes.AnnualConversation, "Annual conversation",
                new VisitSchedule(HeldOn, new TimeOnly(10, 0), 60, "Europe/London", VisitMode.OnSite, "On site", null, null), "Test", app.Time.GetUtcNow());
            visit.RecordHeld(HeldOn, app.Time.Today());
            db.Visits.Add(visit);
            await db.SaveChangesAsync();
            return visit.Id;
        });
        return (visitId, goalId);
    }

    private Task<int> AddGoalAsync(int settingId, string outcome, GoalStatus status) =>
        app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            var goal = new PlanGoal(setting, GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            goal.Describe(outcome, null, null, null, GoalPriority.Medium, null, null);
            if (status != GoalStatus.NotStarted)
                goal.ChangeStatus(status, null, HeldOn);
            db.PlanGoals.Add(goal);
            await db.SaveChangesAsync();
            return goal.Id;
        });

    private Task<int> GoalCountAsync(int settingId) =>
        app.WithDbAsync((db, _) => db.PlanGoals.IgnoreQueryFilters().CountAsync(g => g.SettingId == settingId));
}

public sealed class NoteGoalTestsOnSqlite(SqliteFixture app) : NoteGoalTests<SqliteFixture>(app);

public sealed class NoteGoalTestsOnPostgres(PostgresFixture app) : NoteGoalTests<PostgresFixture>(app);
