using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Improvement.Goal;

/// The setting's quality improvement plan: goals written by the setting with steps, SMART help, progress, status and
/// an impact review; goals made from the last inspection at a click; actions agreed at visits shown under their goal;
/// the LA's adviser reading and commenting.
public abstract class GoalTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Owner_WritesAGoalAndCarriesItToItsImpactReview_AndTheAdviserComments()
    {
        var settingId = app.World.SettingA1Id;
        var today = app.Time.Today();
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.NotNull((await owner.GetAsync("/")).Document.QuerySelector($"nav a[href='/settings/{settingId}/plan']"));
        var plan = await owner.GetAsync($"/settings/{settingId}/plan");
        Assert.Contains("No open goals", plan.Text, StringComparison.Ordinal);

        var form = await owner.GetAsync($"/settings/{settingId}/plan/goal");
        var refused = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Issue"] = "Supervision is irregular", ["Steps[0].Owner"] = "Mo Manager" });
        Assert.Contains("Enter the outcome you want", refused.ErrorMessages);
        Assert.Contains("Enter what step 1 is", refused.ErrorMessages);
        var due = today.AddDays(14);
        var added = await owner.SubmitAsync(refused, new Dictionary<string, string>
        {
            ["Outcome"] = "Every member of staff has termly supervision",
            ["Area"] = "leadership-and-governance",
            ["Priority"] = "High",
            ["Steps[0].Text"] = "Write a supervision schedule",
            ["Steps[0].Owner"] = "Mo Manager",
            ["Steps[0].Due.Day"] = due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Steps[0].Due.Month"] = due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Steps[0].Due.Year"] = due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Empty(added.ErrorMessages);
        Assert.Contains("Goal added to the plan", added.Text, StringComparison.Ordinal);
        Assert.Contains("To make this goal SMART", added.Text, StringComparison.Ordinal);
        Assert.Contains("No success measure, No date", added.Text, StringComparison.Ordinal);
        var goalUrl = new Uri(new Uri("http://localhost"), added.Url).AbsolutePath;

        // The one-page summary: priority, status, next date, what it lacks.
        var row = (await owner.GetAsync($"/settings/{settingId}/plan")).Document.QuerySelectorAll("main table tbody tr").Single();
        Assert.Equal(["Every member of staff has termly supervision", "Leadership and governance", "High", "Not started"],
            row.Children.Take(4).Select(c => c.TextContent.Trim()));
        // The next date, and how far off it is in working days.
        Assert.Matches($"^{Ascent.Web.Infrastructure.Format.Date(due)} \\(due in \\d+ working days\\)$", row.Children[4].TextContent.Trim());
        Assert.Contains("No success measure", row.Children[5].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("No one responsible", row.Children[5].TextContent, StringComparison.Ordinal);

        var progressed = await owner.SubmitAsync(added, new Dictionary<string, string> { ["NoteText"] = "Schedule drafted" }, "main form[action*='handler=Note']");
        Assert.Contains("Progress note added", progressed.Text, StringComparison.Ordinal);
        Assert.Contains("In progress", progressed.Text, StringComparison.Ordinal);

        // The adviser reads and comments; the setting sees the comment. The adviser cannot change the goal.
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var read = await adviser.GetAsync(goalUrl);
        Assert.Null(read.Document.QuerySelector("main form[action*='handler=Status']"));
        Assert.Null(read.Document.QuerySelector($"main a[href='/settings/{settingId}/plan/goal/{goalUrl.Split('/').Last()}']"));
        var commented = await adviser.SubmitAsync(read, new Dictionary<string, string> { ["NoteText"] = "Use the LA supervision template" }, "main form[action*='handler=Note']");
        Assert.Contains("Comment added. The setting can see it.", commented.Text, StringComparison.Ordinal);
        var token = read.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var forbidden = await adviser.PostAsync($"{goalUrl}?handler=Status", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Status"] = "Achieved", ["Version"] = "99" }, follow: false);
        Assert.Contains("/account/access-denied", forbidden.Location, StringComparison.Ordinal);
        Assert.Equal($"/settings/{settingId}/plan", (await adviser.GetAsync($"/settings/{settingId}/plan/goal", follow: false)).Location);
        var seen = await owner.GetAsync(goalUrl);
        Assert.Contains("Use the LA supervision template", seen.Text, StringComparison.Ordinal);
        Assert.Contains("(local authority comment)", seen.Text, StringComparison.Ordinal);

        // Closing: dropping needs a reason; achieved opens the impact review.
        var noReason = await owner.SubmitAsync(seen, new Dictionary<string, string> { ["Status"] = "Dropped" }, "main form[action*='handler=Status']");
        Assert.Contains("Say why the goal is dropped", noReason.ErrorMessages);
        var achieved = await owner.SubmitAsync(noReason, new Dictionary<string, string> { ["Status"] = "Achieved" }, "main form[action*='handler=Status']");
        Assert.Contains("Status saved", achieved.Text, StringComparison.Ordinal);
        var reviewed = await owner.SubmitAsync(achieved, new Dictionary<string, string>
        {
            ["ImpactDifference"] = "Staff raise concerns earlier",
            ["ImpactChildren"] = "The babies' room",
            ["ImpactEvidence"] = "Supervision records",
        }, "main form[action*='handler=Impact']");
        Assert.Contains("Impact review saved", reviewed.Text, StringComparison.Ordinal);
        var summary = await owner.GetAsync($"/settings/{settingId}/plan");
        Assert.Contains("No open goals", summary.Text, StringComparison.Ordinal);
        Assert.Contains("Achieved", summary.Document.QuerySelector("main ul.govuk-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPeopleChangingOneGoal_TheSecondIsRefusedWithTheirOwnWordsShown()
    {
        var settingId = app.World.SettingA2Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        var added = await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/plan/goal"), new Dictionary<string, string> { ["Outcome"] = "Healthy snacks every day" });
        var goalId = added.Url.Split('/').Last();
        var mine = await owner.GetAsync($"/settings/{settingId}/plan/goal/{goalId}");
        var theirs = await owner.GetAsync($"/settings/{settingId}/plan/goal/{goalId}");
        await owner.SubmitAsync(theirs, new Dictionary<string, string> { ["SuccessMeasure"] = "Saved first" });

        var refused = await owner.SubmitAsync(mine, new Dictionary<string, string> { ["SuccessMeasure"] = "My own measure" });

        Assert.Contains(refused.ErrorMessages, m => m.StartsWith("Someone else changed this goal", StringComparison.Ordinal));
        Assert.Contains("My own measure", refused.Text, StringComparison.Ordinal);
        Assert.Equal("Saved first", await app.WithDbAsync((db, _) => db.PlanGoals.IgnoreQueryFilters().Where(g => g.Id == int.Parse(goalId, System.Globalization.CultureInfo.InvariantCulture)).Select(g => g.SuccessMeasure).SingleAsync()));
        var again = await owner.SubmitAsync(refused);
        Assert.Contains("Goal saved", again.Text, StringComparison.Ordinal);
        Assert.Contains("My own measure", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastInspectionsActionsBecomeGoals_Once_AndActionsAgreedAtVisitsShowUnderTheirGoal()
    {
        var settingId = app.World.SettingA2Id;
        var due = new DateOnly(2027, 1, 15);
        await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            var older = new Inspection(setting, "100", new DateOnly(2022, 5, 1), "Full inspection", "ofsted-eif-2019", "3");
            older.Items.Add(new InspectionItem(older, InspectionItemKind.Action, "An action from an older inspection", new DateOnly(2022, 7, 1)));
            var last = new Inspection(setting, "200", new DateOnly(2026, 11, 2), "Full inspection", "ofsted-renewed-2025", null);
            last.Items.Add(new InspectionItem(last, InspectionItemKind.Action, "Ensure staff supervision identifies training needs", due));
            last.Items.Add(new InspectionItem(last, InspectionItemKind.Recommendation, "Strengthen the key-person system", null));
            db.Inspections.AddRange(older, last);

            var visit = new Visit(setting, VisitPurposes.AnnualConversation, "Annual conversation",
                new VisitSchedule(new DateOnly(2026, 11, 10), new TimeOnly(10, 0), 60, "Europe/London", VisitMode.OnSite, "On site", null, null), "Test", app.Time.GetUtcNow());
            db.Visits.Add(visit);
            var adviser = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.AdviserA);
            var note = new VisitNote(visit, adviser.Id, adviser.DisplayName, NoteTemplateDefaults.For(setting.TenantId, "annual-conversation"), app.Time.GetUtcNow());
            note.Actions.Add(new AgreedAction(note, "Book the supervision training", VisitParty.Setting, new DateOnly(2026, 12, 1), ActionGoal.None, 0));
            note.Actions.Add(new AgreedAction(note, "Send the supervision template", VisitParty.LocalAuthority, new DateOnly(2026, 12, 1), ActionGoal.None, 1));
            note.Recommendations.Add(new Recommendation(note, "Give two-year-olds more time outdoors", 0));
            note.Issue("Ada Adviser", new DateOnly(2026, 11, 12), app.Time.GetUtcNow());
            db.VisitNotes.Add(note);
            return await db.SaveChangesAsync();
        });

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        var plan = await owner.GetAsync($"/settings/{settingId}/plan");
        Assert.Contains("Book the supervision training", plan.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Send the supervision template", plan.Text, StringComparison.Ordinal);
        // Each item's area is suggested from its words; the owner changes the recommendation's.
        var form = plan.Document.QuerySelector("main form[action*='handler=Inspection']")!;
        Assert.Equal("leadership-and-governance", form.QuerySelector("#ItemAreas_0__AreaCode option[selected]")!.GetAttribute("value"));
        Assert.Equal("welfare-and-wellbeing", form.QuerySelector("#ItemAreas_1__AreaCode option[selected]")!.GetAttribute("value"));
        var made = await owner.SubmitAsync(plan, new Dictionary<string, string> { ["ItemAreas[1].AreaCode"] = "inclusion" }, formSelector: "main form[action*='handler=Inspection']");
        Assert.Contains("2 goals added from the inspection", made.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("An action from an older inspection", made.Text, StringComparison.Ordinal);
        Assert.Null(made.Document.QuerySelector("main form[action*='handler=Inspection']"));
        // A second press (a form left open) adds nothing.
        await owner.SubmitAsync(plan, formSelector: "main form[action*='handler=Inspection']");
        var goals = await app.WithDbAsync((db, _) => db.PlanGoals.IgnoreQueryFilters().Where(g => g.SettingId == settingId && g.SourceKind != GoalSourceKind.None).OrderBy(g => g.Id).ToListAsync());
        Assert.Equal(2, goals.Count);
        Assert.Equal((GoalSourceKind.InspectionAction, GoalPriority.High, (DateOnly?)due), (goals[0].SourceKind, goals[0].Priority, goals[0].ByWhen));
        Assert.Equal((GoalSourceKind.InspectionRecommendation, (DateOnly?)null), (goals[1].SourceKind, goals[1].ByWhen));
        Assert.Equal([("ofsted-renewed-2025", "leadership-and-governance"), ("ofsted-renewed-2025", "inclusion")], goals.Select(g => (g.FrameworkCode, g.AreaCode)));

        // The setting's action, not linked to a goal at first, is linked to the goal from the inspection's action.
        Assert.Contains("Not linked to a goal of the plan", made.Text, StringComparison.Ordinal);
        await app.WithDbAsync(async (db, _) =>
        {
            var action = await db.AgreedActions.IgnoreQueryFilters().SingleAsync(a => a.SettingId == settingId && a.Owner == VisitParty.Setting);
            action.Update(action.Text, action.Owner, action.DueOn, ActionGoal.Existing(await db.PlanGoals.IgnoreQueryFilters().SingleAsync(g => g.Id == goals[0].Id)));
            return await db.SaveChangesAsync();
        });

        // A recommendation from the note of visit becomes a goal, linked back to the note, and leaves the list.
        Assert.Contains("Give two-year-olds more time outdoors", made.Document.QuerySelector("main ul.govuk-list")!.TextContent, StringComparison.Ordinal);
        var fromRecommendation = await owner.GetAsync(made.Document.QuerySelector("main a[href*='FromRecommendation=']")!.GetAttribute("href")!);
        Assert.Contains("From a recommendation in a note of visit", fromRecommendation.Text, StringComparison.Ordinal);
        Assert.Equal("Give two-year-olds more time outdoors", fromRecommendation.Document.QuerySelector("#Issue")!.TextContent.Trim());
        var outdoor = await owner.SubmitAsync(fromRecommendation, new Dictionary<string, string> { ["Outcome"] = "Two-year-olds play outside every morning" });
        Assert.Contains("Recommendation from the note of visit: Give two-year-olds more time outdoors", outdoor.Text, StringComparison.Ordinal);
        Assert.EndsWith("/note", outdoor.Document.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("Recommendation from", StringComparison.Ordinal)).GetAttribute("href")!, StringComparison.Ordinal);
        Assert.Null((await owner.GetAsync($"/settings/{settingId}/plan")).Document.QuerySelector("main a[href*='FromRecommendation=']"));

        var goal = await owner.GetAsync($"/plan-goals/{goals[0].Id}");
        Assert.Contains("Action from the inspection of 2 November 2026", goal.Text, StringComparison.Ordinal);
        Assert.Contains("Book the supervision training", goal.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(goal.Document.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("Note of visit issued on 12 November 2026", StringComparison.Ordinal)).GetAttribute("href")!)).Status);
        var heading = (await owner.GetAsync($"/settings/{settingId}/plan")).Document.QuerySelectorAll("main h3").Single(h => h.TextContent.StartsWith("Goal:", StringComparison.Ordinal));
        Assert.Equal($"/plan-goals/{goals[0].Id}", heading.QuerySelector("a")!.GetAttribute("href"));
    }
}

public sealed class GoalTestsOnSqlite(SqliteFixture app) : GoalTests<SqliteFixture>(app);

public sealed class GoalTestsOnPostgres(PostgresFixture app) : GoalTests<PostgresFixture>(app);
