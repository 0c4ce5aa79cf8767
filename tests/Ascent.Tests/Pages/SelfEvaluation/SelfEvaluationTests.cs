using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.SelfEvaluation;

/// A setting evaluates itself against its framework, area by area, finishes, starts the next as a copy, and sees how
/// its grades moved; its LA reads it but does not change it; two people editing never overwrite each other silently.
public abstract class SelfEvaluationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Owner_EvaluatesFinishesAndStartsTheNext_AndTheHistoryShowsHowGradesMoved()
    {
        var settingId = app.World.SettingA1Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var home = await owner.GetAsync("/");
        Assert.NotNull(home.Document.QuerySelector($"nav a[href='/settings/{settingId}/self-evaluation']"));

        var index = await owner.GetAsync($"/settings/{settingId}/self-evaluation");
        Assert.Contains("There is no self-evaluation in progress", index.Text, StringComparison.Ordinal);
        var started = await owner.SubmitAsync(index, formSelector: "main form[action*='handler=Start']");
        Assert.Contains("Self-evaluation started", started.Text, StringComparison.Ordinal);
        Assert.Contains("Renewed education inspection framework", started.Text, StringComparison.Ordinal);
        Assert.Contains("Behaviour, attitudes and routines", started.Text, StringComparison.Ordinal);

        var area = await owner.GetAsync($"/settings/{settingId}/self-evaluation/inclusion");
        Assert.Contains("Which children are at risk of falling behind", area.Text, StringComparison.Ordinal);
        var wrong = await owner.SubmitAsync(area, new Dictionary<string, string> { ["Strengths"] = "Key persons know every family", ["Grade"] = "outstanding" });
        Assert.Contains("Select a grade from the list", wrong.ErrorMessages);
        var saved = await owner.SubmitAsync(wrong, new Dictionary<string, string>
        {
            ["Strengths"] = "Key persons know every family",
            ["EvidenceNote"] = "Parent survey, June",
            ["ForDevelopment"] = "Support for children with English as an additional language",
            ["Grade"] = "expected",
        });
        Assert.Contains("Inclusion saved", saved.Text, StringComparison.Ordinal);
        Assert.Contains("Expected standard", saved.Text, StringComparison.Ordinal);

        var finished = await owner.SubmitAsync(saved, formSelector: "main form[action*='handler=Finish']");
        Assert.Contains("Self-evaluation finished on", finished.Text, StringComparison.Ordinal);
        Assert.Contains("There is no self-evaluation in progress", finished.Text, StringComparison.Ordinal);
        var firstId = await app.WithDbAsync((db, _) => db.SelfEvaluations.IgnoreQueryFilters().Where(e => e.SettingId == settingId).Select(e => e.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/settings/{settingId}/self-evaluation/inclusion")).Status);

        // The next one starts as a copy; changing it leaves the finished one as it was.
        var next = await owner.SubmitAsync(finished, formSelector: "main form[action*='handler=Start']");
        Assert.Contains("New self-evaluation started from your last one", next.Text, StringComparison.Ordinal);
        var copy = await owner.GetAsync($"/settings/{settingId}/self-evaluation/inclusion");
        Assert.Contains("Key persons know every family", copy.Text, StringComparison.Ordinal);
        await owner.SubmitAsync(copy, new Dictionary<string, string> { ["Grade"] = "strong" });
        var second = await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/self-evaluation"), formSelector: "main form[action*='handler=Finish']");

        var history = second.Document.QuerySelector("main table")!;
        var inclusion = history.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Inclusion", StringComparison.Ordinal));
        Assert.Equal(["Inclusion", "Expected standard", "Strong standard"], inclusion.Children.Select(c => c.TextContent.Trim()));
        var first = await owner.GetAsync($"/self-evaluations/{firstId}");
        Assert.Contains("Key persons know every family", first.Text, StringComparison.Ordinal);
        Assert.Contains("Expected standard", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Strong standard", first.Text, StringComparison.Ordinal);

        // An area for development becomes a goal of the plan, and each leads to the other.
        var make = first.Document.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("Make a goal from this area for development", StringComparison.Ordinal));
        var goalForm = await owner.GetAsync(make.GetAttribute("href")!);
        Assert.Equal("Support for children with English as an additional language", goalForm.Document.QuerySelector("textarea[name=Issue]")!.TextContent.Trim());
        Assert.Equal("inclusion", goalForm.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name=Area]")!.Value);
        var goal = await owner.SubmitAsync(goalForm, new Dictionary<string, string> { ["Outcome"] = "Children learning English join in group times" });
        Assert.Contains("Goal added to the plan", goal.Text, StringComparison.Ordinal);
        var back = goal.Document.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("Self-evaluation started on", StringComparison.Ordinal));
        Assert.Equal($"/self-evaluations/{firstId}#area-inclusion", back.GetAttribute("href"));
        Assert.Contains("Children learning English join in group times", (await owner.GetAsync($"/self-evaluations/{firstId}")).Text, StringComparison.Ordinal);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        Assert.DoesNotContain("Make a goal from this area", (await adviser.GetAsync($"/self-evaluations/{firstId}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLocalAuthority_ReadsButCannotChange_AndAStaleFormIsRefusedWithTheOwnWordsShown()
    {
        var settingId = app.World.SettingA2Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/self-evaluation"), formSelector: "main form[action*='handler=Start']");
        var mine = await owner.GetAsync($"/settings/{settingId}/self-evaluation/achievement");
        var theirs = await owner.GetAsync($"/settings/{settingId}/self-evaluation/achievement");
        await owner.SubmitAsync(theirs, new Dictionary<string, string> { ["Strengths"] = "Saved first" });
        var refused = await owner.SubmitAsync(mine, new Dictionary<string, string> { ["Strengths"] = "My own words" });
        Assert.Contains(refused.ErrorMessages, m => m.StartsWith("You saved this area in another tab or window at 9am", StringComparison.Ordinal));
        Assert.Contains("My own words", refused.Text, StringComparison.Ordinal);
        var kept = await app.WithDbAsync((db, _) => db.SelfEvaluationAreas.IgnoreQueryFilters().Where(a => a.SettingId == settingId && a.AreaCode == "achievement").Select(a => a.Strengths).SingleAsync());
        Assert.Equal("Saved first", kept);
        var openToFinish = await owner.GetAsync($"/settings/{settingId}/self-evaluation");
        var again = await owner.SubmitAsync(refused);
        Assert.True(again.Text.Contains("Achievement saved", StringComparison.Ordinal), $"{again.Status} {again.Url} {string.Join("; ", again.ErrorMessages)} {again.Document.QuerySelector("main")?.TextContent}");

        // Finishing from a page opened before that save is refused, so nobody freezes what they have not seen.
        var staleFinish = await owner.SubmitAsync(openToFinish, formSelector: "main form[action*='handler=Finish']");
        Assert.Contains(staleFinish.ErrorMessages, m => m.StartsWith("You saved Achievement in another tab or window at 9am, after you opened this page", StringComparison.Ordinal));
        Assert.Null(await app.WithDbAsync((db, _) => db.SelfEvaluations.IgnoreQueryFilters().Where(e => e.SettingId == settingId).Select(e => e.FinishedOn).SingleAsync()));

        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var read = await adviser.GetAsync($"/settings/{settingId}/self-evaluation");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Empty(read.Document.QuerySelectorAll("main form"));
        Assert.Contains("My own words", (await adviser.GetAsync(read.Document.QuerySelector("main a[href^='/self-evaluations/']")!.GetAttribute("href")!)).Text, StringComparison.Ordinal);
        var edit = await adviser.GetAsync($"/settings/{settingId}/self-evaluation/achievement");
        Assert.StartsWith("/self-evaluations/", new Uri(new Uri("http://localhost"), edit.Url).AbsolutePath, StringComparison.Ordinal);
        // The sign-out form in the navigation carries a token for this person.
        var token = read.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var post = await adviser.PostAsync($"/settings/{settingId}/self-evaluation/achievement", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Strengths"] = "Overwritten by the LA",
            ["Version"] = "0",
        }, follow: false);
        Assert.Contains("/account/access-denied", post.Location, StringComparison.Ordinal);
        var finished = await owner.SubmitAsync(staleFinish, formSelector: "main form[action*='handler=Finish']");
        Assert.Contains("Self-evaluation finished on", finished.Text, StringComparison.Ordinal);
        Assert.Equal("My own words", await app.WithDbAsync((db, _) => db.SelfEvaluationAreas.IgnoreQueryFilters().Where(a => a.SettingId == settingId && a.AreaCode == "achievement").Select(a => a.Strengths).SingleAsync()));
    }
}

public sealed class SelfEvaluationTestsOnSqlite(SqliteFixture app) : SelfEvaluationTests<SqliteFixture>(app);

public sealed class SelfEvaluationTestsOnPostgres(PostgresFixture app) : SelfEvaluationTests<PostgresFixture>(app);
