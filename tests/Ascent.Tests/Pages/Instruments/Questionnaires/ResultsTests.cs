using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Charts;
using Ascent.Web.Services.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Instruments.Questionnaires;

/// A round's results beside the previous round's: the change in words, small groups not shown on their own, the
/// lowest statements as goals added to the plan once, and the rounds' figures for the setting's charts.
public abstract class ResultsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Results_ShowTheChangeSinceLastTime_HideSmallGroups_AndTurnTheLowestStatementsIntoGoalsOnce()
    {
        var settingId = app.World.SettingA1Id;
        // Autumn 2026: six practitioners, statement 9 ("My workload is manageable") mostly disagreed with.
        await RoundAsync(settingId, new DateOnly(2026, 9, 14), close: true,
            [.. Enumerable.Range(0, 6).Select(i => Staff("practitioner", i < 2 ? 4 : 2))]);
        // Now: five practitioners and two room leaders.
        var current = await RoundAsync(settingId, new DateOnly(2026, 11, 16), close: false,
            [Staff("practitioner", 4), Staff("practitioner", 4), Staff("practitioner", 2), Staff("practitioner", 5), Staff("practitioner", 3), Staff("room-leader", 1), Staff("room-leader", 2)]);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var page = await owner.GetAsync($"/questionnaires/{current}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var text = page.Document.Body!.TextContent;
        Assert.Contains("Agreeing means answering Agree or Strongly agree: the top two points of the 5-point scale", text, StringComparison.Ordinal);
        Assert.Contains("previous round of 14 September 2026", text, StringComparison.Ordinal);
        // Statement 9 now: 4 4 2 5 3 1 2 → 21 / 7 = 3.00, 3 of 7 agreeing (43%); before 2 of 6 (33%), mean 16 / 6 = 2.67.
        var workload = CollectingTests<TApp>.Row(page, "9. My workload is manageable");
        Assert.Contains("3 of 7 (43%)", workload, StringComparison.Ordinal);
        Assert.Contains("Mean: Up 0.33 from 2.67. Agreeing: Up 10 points from 33%", workload, StringComparison.Ordinal);
        // Practitioners are shown; the two room leaders are too few to show on their own.
        Assert.Contains("To protect people's anonymity, a group with fewer than 5 responses is not shown on its own", text, StringComparison.Ordinal);
        Assert.Contains("Fewer than 5 responses: not shown, to protect anonymity", CollectingTests<TApp>.Row(page, "Room leader or deputy"), StringComparison.Ordinal);
        Assert.Contains("3.60", CollectingTests<TApp>.Row(page, "Practitioner or apprentice"), StringComparison.Ordinal);
        Assert.Contains("No responses", CollectingTests<TApp>.Row(page, "Manager or owner"), StringComparison.Ordinal);
        Assert.DoesNotContain("Each statement: Room leader", text, StringComparison.Ordinal);
        Assert.Contains("Each statement: Practitioner or apprentice (5 responses)", text, StringComparison.Ordinal);

        // The only statement answered is the only suggestion: added once, however often it is asked for.
        var goal = page.Document.QuerySelectorAll("#goals ~ h3, main h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["More people agree that ‘My workload is manageable’: from 43% to at least 75%"], goal);
        var added = await owner.SubmitAsync(page, formSelector: "main form[action*='handler=Accept']");
        Assert.Contains("Goal added to the plan", added.Text, StringComparison.Ordinal);
        Assert.Contains("Added to the plan.", added.Text, StringComparison.Ordinal);
        var again = await owner.SubmitAsync(page, formSelector: "main form[action*='handler=Accept']");
        Assert.Contains("That goal is already in the plan", again.Text, StringComparison.Ordinal);
        var goals = await app.WithDbAsync((db, _) => db.PlanGoals.Where(g => g.SettingId == settingId && g.Outcome.Contains("My workload is manageable")).ToListAsync());
        var made = Assert.Single(goals);
        Assert.Equal("In the staff questionnaire of 16 November 2026, 3 of 7 people who answered agreed that ‘My workload is manageable’ (43%; mean 3.00 out of 5).", made.Issue);
        Assert.Equal("At least 75% agree at the next staff questionnaire", made.SuccessMeasure);
        Assert.Contains($"/plan-goals/{made.Id}", again.Text, StringComparison.Ordinal);
        // One link between a suggestion and its goal, as for an audit's: the round's audit and the statement's key.
        var auditId = await app.WithDbAsync((db, _) => db.QuestionnaireRounds.Where(r => r.Id == current).Select(r => r.AuditId).SingleAsync());
        var link = await app.WithDbAsync((db, _) => db.AuditGoals.Where(g => g.AuditId == auditId).ToListAsync());
        Assert.Equal(("item-9", made.Id), (Assert.Single(link).SuggestionKey, link[0].PlanGoalId));
        // The goal links back to the round: its source names the round and the statement, and leads to the results.
        Assert.Equal((Ascent.Web.Domain.Improvement.GoalSourceKind.Audit, auditId), (made.SourceKind, made.SourceId));
        Assert.Equal("From the staff questionnaire of 16 November 2026: ‘My workload is manageable’", made.SourceText);
        var goalPage = await owner.GetAsync($"/plan-goals/{made.Id}");
        var source = goalPage.Document.QuerySelectorAll("main a").Single(a => a.TextContent.Contains("From the staff questionnaire", StringComparison.Ordinal));
        Assert.Equal($"/questionnaires/{current}", (await owner.GetAsync(source.GetAttribute("href")!)).Url);

        // The LA reads the results, but the plan is the setting's to add to.
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var read = await adviser.GetAsync($"/questionnaires/{current}");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Empty(read.Document.QuerySelectorAll("main form"));
        Assert.Contains("3 of 7 (43%)", CollectingTests<TApp>.Row(read, "9. My workload is manageable"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync($"/settings/{settingId}/questionnaires")).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await adviser.GetAsync($"/questionnaires/{current}/paper", follow: false)).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await adviser.GetAsync($"/settings/{settingId}/questionnaires/new", follow: false)).Status);

        // Charts: the closed round's mean, and its share agreeing with numerator and denominator.
        var series = await app.WithDbAsync(async (_, services) =>
        {
            var source = services.GetServices<IChartSeriesSource>().OfType<QuestionnaireChartSource>().Single();
            return await source.ForSettingAsync(settingId, CancellationToken.None);
        });
        var mean = series.Single(s => s.Key == "questionnaire:staff-questionnaire:mean");
        Assert.Equal("Staff questionnaire: mean answer", mean.Name);
        // Described in the questionnaire's own words for its scale.
        Assert.Equal("The mean of every answer given in each round, on the questionnaire's scale from 1 (strongly disagree) to 5 (strongly agree).", mean.Description);
        Assert.Equal([new SeriesPoint(new DateOnly(2026, 9, 14), 2.67m)], mean.Points);
        var agreeing = series.Single(s => s.Key == "questionnaire:staff-questionnaire:agreeing");
        Assert.Equal(ChartKind.P, agreeing.DefaultChart);
        Assert.Equal("The share of answers in each round that were agree or strongly agree, the top two points of the scale, of all answers given.", agreeing.Description);
        Assert.Equal([new SeriesPoint(new DateOnly(2026, 9, 14), 0.3333m, 2, 6)], agreeing.Points);
    }

    private static LikertResponse Staff(string group, int workload) => new(group, new Dictionary<string, int?> { ["9"] = workload });

    /// A round of the staff questionnaire made directly, as the pages would leave it.
    private Task<int> RoundAsync(int settingId, DateOnly startedOn, bool close, IReadOnlyList<LikertResponse> responses) => app.WithDbAsync(async (db, services) =>
    {
        var instrument = services.GetRequiredService<InstrumentCatalogue>().Get("staff-questionnaire");
        var setting = await db.Settings.SingleAsync(s => s.Id == settingId);
        var at = new DateTimeOffset(startedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var audit = new Ascent.Web.Domain.Instruments.Audit(setting, null, instrument, AuditMode.ItemScores, startedOn, "Olu Owner", at);
        var (round, _) = QuestionnaireRound.Start(audit, instrument, startedOn.AddDays(14), at);
        foreach (var response in responses)
            round.Answer(response, QuestionnaireRounds.Online, startedOn, at);
        if (close)
            round.Close("Olu Owner", at.AddDays(14), LikertResults.Of(instrument, responses));
        db.Audits.Add(audit);
        db.QuestionnaireRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    });
}

public sealed class ResultsTestsOnSqlite(SqliteFixture app) : ResultsTests<SqliteFixture>(app);

public sealed class ResultsTestsOnPostgres(PostgresFixture app) : ResultsTests<PostgresFixture>(app);
