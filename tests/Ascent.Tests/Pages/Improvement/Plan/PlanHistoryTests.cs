using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Improvement.Plan;

/// Every version of a goal is kept: the plan shows what changed between two dates and who changed it, each goal its
/// own versions, and two people editing one goal at once get their changes merged, with the clashes shown side by side.
/// The class owns its fixture because it moves the clock forward.
public abstract class PlanHistoryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task ThePlanShowsWhatChangedBetweenTwoDates_AndWhoChangedIt()
    {
        var settingId = app.World.SettingA1Id;
        using var first = app.NewBrowser();
        await first.SignInAsync(TestWorld.OwnerA1);
        var added = await first.SubmitAsync(await first.GetAsync($"/settings/{settingId}/plan/goal"), new Dictionary<string, string> { ["Outcome"] = "Children wash hands before lunch" });
        var goalId = added.Url.Split('/').Last();
        var addedOn = await TodayAsync();

        // Ten days on (signing in again: a session does not last that long).
        app.Time.Advance(TimeSpan.FromDays(10));
        var changedOn = await TodayAsync();
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var changed = await practitioner.SubmitAsync(await practitioner.GetAsync($"/settings/{settingId}/plan/goal/{goalId}"), new Dictionary<string, string>
        {
            ["SuccessMeasure"] = "Every child, every day, for four weeks",
            ["Steps[0].Text"] = "Put a sink step in the toddler room",
            ["Steps[0].Owner"] = "Pat Practitioner",
        });
        Assert.Contains("Goal saved", changed.Text, StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromDays(10));
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/plan/goal/{goalId}"), new Dictionary<string, string> { ["Outcome"] = "Children wash their hands before every meal" });
        var today = await TodayAsync();

        // From the day after it was added to the day the practitioner changed it: their change, not the owner's later one.
        var history = await owner.GetAsync($"/settings/{settingId}/plan/history?{Dates(addedOn.AddDays(1), changedOn)}");
        var text = history.Document.Body!.TextContent;
        Assert.Contains("Changed by Pat Practitioner", text, StringComparison.Ordinal);
        var rows = Rows(history);
        Assert.Contains(["Success measure", "(none)", "Every child, every day, for four weeks"], rows);
        Assert.Contains(["Steps", "(none)", "Put a sink step in the toddler room (Pat Practitioner)"], rows);
        Assert.DoesNotContain(rows, r => r[0] == "Outcome");

        // The whole time: one goal added, its final words shown, by both people.
        var all = await owner.GetAsync($"/settings/{settingId}/plan/history?{Dates(addedOn, today)}");
        Assert.Contains("Added by Olu Owner, Pat Practitioner", all.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(["Outcome", "(new goal)", "Children wash their hands before every meal"], Rows(all));

        // The goal's own history lists each version, newest first, with what it was before.
        var versions = await owner.GetAsync($"/plan-goals/{goalId}/history");
        var headings = versions.Document.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Equal(3, headings.Count);
        Assert.EndsWith("Olu Owner", headings[0], StringComparison.Ordinal);
        Assert.EndsWith("Pat Practitioner", headings[1], StringComparison.Ordinal);
        Assert.Contains("Before: Children wash hands before lunch", versions.Document.Body!.TextContent, StringComparison.Ordinal);

        var wrong = await owner.GetAsync($"/settings/{settingId}/plan/history?From.Day=31&From.Month=2&From.Year=2026");
        Assert.Contains("The first date must be a real date, like 1 9 2026", wrong.ErrorMessages);
        var backwards = await owner.GetAsync($"/settings/{settingId}/plan/history?{Dates(today, addedOn)}");
        Assert.Contains("The second date must be the same as or after the first", backwards.ErrorMessages);
    }

    [Fact]
    public async Task TwoPeopleChangingDifferentThings_GetBothChanges_AndAClashIsShownSideBySide()
    {
        var settingId = app.World.SettingA1Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var added = await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/plan/goal"), new Dictionary<string, string> { ["Outcome"] = "Outdoor play every morning" });
        var goalId = added.Url.Split('/').Last();

        var mine = await owner.GetAsync($"/settings/{settingId}/plan/goal/{goalId}");
        var theirs = await practitioner.GetAsync($"/settings/{settingId}/plan/goal/{goalId}");
        await practitioner.SubmitAsync(theirs, new Dictionary<string, string> { ["SuccessMeasure"] = "Logged in the daily diary", ["Issue"] = "Rain stops play" });

        // The owner changed the outcome and the issue; the practitioner the success measure and the issue.
        var merged = await owner.SubmitAsync(mine, new Dictionary<string, string> { ["Outcome"] = "Outdoor play every morning, whatever the weather", ["Issue"] = "No waterproofs" });
        Assert.Contains(merged.ErrorMessages, m => m.StartsWith("Someone else changed this goal while you had it open, in some of the same places", StringComparison.Ordinal));
        var text = merged.Document.Body!.TextContent;
        Assert.Contains("Pat Practitioner saved this goal on", text, StringComparison.Ordinal);
        Assert.Contains("Their changes to success measure are in the form below", text, StringComparison.Ordinal);
        Assert.Equal([["Issue", "Rain stops play", "No waterproofs"]], Rows(merged));
        Assert.Equal("Logged in the daily diary", merged.Document.QuerySelector("#SuccessMeasure")!.TextContent.Trim());
        Assert.Equal("Outdoor play every morning, whatever the weather", merged.Document.QuerySelector("#Outcome")!.TextContent.Trim());
        Assert.Equal("No waterproofs", merged.Document.QuerySelector("#Issue")!.TextContent.Trim());

        // Nothing of the owner's was saved yet; settling the clash and saving keeps both people's work.
        var id = int.Parse(goalId, CultureInfo.InvariantCulture);
        Assert.Equal("Outdoor play every morning", await app.WithDbAsync((db, _) => db.PlanGoals.IgnoreQueryFilters().Where(g => g.Id == id).Select(g => g.Outcome).SingleAsync()));
        var saved = await owner.SubmitAsync(merged, new Dictionary<string, string> { ["Issue"] = "Rain stops play: no waterproofs" });
        Assert.Contains("Goal saved", saved.Text, StringComparison.Ordinal);
        var goal = await app.WithDbAsync((db, _) => db.PlanGoals.IgnoreQueryFilters().SingleAsync(g => g.Id == id));
        Assert.Equal(("Outdoor play every morning, whatever the weather", "Rain stops play: no waterproofs", "Logged in the daily diary"), (goal.Outcome, goal.Issue, goal.SuccessMeasure));
    }

    private Task<DateOnly> TodayAsync() => Task.FromResult(app.Time.Today());

    private static string Dates(DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"From.Day={from.Day}&From.Month={from.Month}&From.Year={from.Year}&To.Day={to.Day}&To.Month={to.Month}&To.Year={to.Year}");

    private static List<string[]> Rows(Page page) =>
        [.. page.Document.QuerySelectorAll("main table tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray())];
}

public sealed class PlanHistoryTestsOnSqlite(SqliteFixture app) : PlanHistoryTests<SqliteFixture>(app);

public sealed class PlanHistoryTestsOnPostgres(PostgresFixture app) : PlanHistoryTests<PostgresFixture>(app);
