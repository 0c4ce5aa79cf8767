using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Instruments.Results;

/// An audit's results: scores with their bands, subscale means and total, the change since the previous audit of
/// the same room, two observers' agreement, and suggested goals accepted into the plan once, linked both ways.
public abstract class ResultsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly DateOnly June = new(2026, 6, 10);
    private static readonly DateOnly November = new(2026, 11, 12);

    [Fact]
    public async Task Results_ShowScoresBandsMeans_AndTheChangeSinceThePreviousAuditOfTheSameRoom()
    {
        var a1 = app.World.SettingA1Id;
        var (current, previous) = await app.WithDbAsync(async (db, services) =>
        {
            var preschool = await ResultsSeed.RoomAsync(db, a1, "Pre-school");
            var toddlers = await ResultsSeed.RoomAsync(db, a1, "Toddlers");
            var previous = await ResultsSeed.RatingAsync(db, services, a1, preschool.Id, "ecers-3", June, [("Ada Adviser", SheetKind.Observer, ResultsSeed.Scores(4))]);
            // Another room, later, and an unfinished one: neither is this room's previous audit.
            await ResultsSeed.RatingAsync(db, services, a1, toddlers.Id, "ecers-3", June.AddMonths(3), [("Ada Adviser", SheetKind.Observer, ResultsSeed.Scores(6))]);
            await ResultsSeed.RatingAsync(db, services, a1, preschool.Id, "ecers-3", June.AddMonths(2), [("Ada Adviser", SheetKind.Observer, ResultsSeed.Scores(7))], finish: false);
            var current = await ResultsSeed.RatingAsync(db, services, a1, preschool.Id, "ecers-3", November,
                [("Ada Adviser", SheetKind.Observer, ResultsSeed.Scores(5, (14, 2), (12, 3), (1, 7), (8, null)))]);
            return (current, previous);
        });
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);

        var page = await owner.GetAsync($"/audits/{current}/results");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("compatible with ECERS-3", page.Heading, StringComparison.Ordinal);
        Assert.DoesNotContain("ecers-3", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var rows = Rows(page, "Language and Literacy");
        Assert.Equal(["14. Staff use of books with children", "2 (inadequate)", "Down from 4 to 2", "Books stay on a high shelf"], rows.Single(r => r[0].StartsWith("14.", StringComparison.Ordinal)));
        Assert.Equal(["12. Helping children expand vocabulary", "3 (minimal)", "Down from 4 to 3", ""], rows[0]);
        Assert.Equal(["13. Encouraging children to use language", "5 (good)", "Up from 4 to 5", ""], rows[1]);
        var space = Rows(page, "Space and Furnishings");
        Assert.Equal(["1. Indoor space", "7 (excellent)", "Up from 4 to 7", ""], space[0]);
        Assert.Equal(["8. Meals/snacks", "Not applicable", "Not scored this time", ""], Rows(page, "Personal Care Routines")[0]);
        // Language and Literacy: 3, 5, 2, 5, 5 = 4.00.
        var subscales = Rows(page, "Subscales and total");
        Assert.Equal(["Language and Literacy", "4.00 (minimal)", "Same (4.00)"], subscales.Single(r => r[0] == "Language and Literacy"));
        Assert.Equal(["Space and Furnishings", "5.29 (good)", "Up from 4.00 to 5.29"], subscales.Single(r => r[0] == "Space and Furnishings"));
        // 34 scored items: 31 fives, a 7, a 3 and a 2 = 167 / 34 = 4.91.
        Assert.Equal(["Total", "4.91 (minimal)", "Up from 4.00 to 4.91"], subscales[^1]);
        Assert.Equal($"/audits/{previous}/results", page.Document.QuerySelectorAll("main dd a").Single().GetAttribute("href"));

        // The setting's list: the three finished ones link to results, the unfinished one to carry on.
        var list = await owner.GetAsync($"/settings/{a1}/audits");
        var listed = list.Document.QuerySelectorAll("main table tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList())
            .Where(r => r[0] == "Early childhood environment rating (compatible with ECERS-3)").ToList();
        Assert.Equal(4, listed.Count);
        Assert.Equal(["Pre-school", "12 November 2026", "Finished", "4.91 (minimal)"], listed[0].Skip(1).Take(4));
        Assert.Equal(["Toddlers", "10 September 2026", "Finished", "6.00 (good)"], listed[1].Skip(1).Take(4));
        Assert.Equal(["Pre-school", "10 August 2026", "In progress", ""], listed[2].Skip(1).Take(4));
        Assert.NotNull(list.Document.QuerySelector($"main a[href='/audits/{current}/results']"));
        Assert.NotNull(list.Document.QuerySelector($"main a[href='/settings/{a1}/audits/new']"));

        // A practitioner reads the results and the suggestions but cannot add them to the plan.
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var read = await practitioner.GetAsync($"/audits/{current}/results");
        Assert.Equal(3, Rows(read, "Suggested goals").Count);
        Assert.Empty(read.Document.QuerySelectorAll("main form input[name=key]"));
        var token = read.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var refused = await practitioner.PostAsync($"/audits/{current}/results?handler=Accept", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["key"] = "item-14" }, follow: false);
        Assert.Contains("/account/access-denied", refused.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestedGoals_AreAcceptedOnce_AndLinkedBothWays()
    {
        var a2 = app.World.SettingA2Id;
        var audit = await app.WithDbAsync(async (db, services) =>
        {
            var room = await ResultsSeed.RoomAsync(db, a2, "Rainbow room");
            return await ResultsSeed.RatingAsync(db, services, a2, room.Id, "ecers-3", November, [("Ada Adviser", SheetKind.Observer, ResultsSeed.Scores(6, (14, 2), (30, 4)))]);
        });
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        var page = await owner.GetAsync($"/audits/{audit}/results");
        var suggestions = Rows(page, "Suggested goals");
        Assert.Equal(["Item 14 Staff use of books with children", "Raise 'Staff use of books with children' from 2 (inadequate) to at least 5 (good)",
            "Item 14 'Staff use of books with children' scores 5 or more when Rainbow room is next rated.", "Add to the plan: Raise 'Staff use of books with children' from 2 (inadequate) to at least 5 (good)"], suggestions[0]);
        Assert.StartsWith("Item 30", suggestions[1][0], StringComparison.Ordinal);
        // No subscale is below good: Language and Literacy is (6 + 6 + 2 + 6 + 6) / 5 = 5.20.
        Assert.Equal(2, suggestions.Count);

        var added = await owner.SubmitAsync(page, formSelector: "#accept-item-14");
        Assert.Contains("Goal added to the improvement plan", added.Text, StringComparison.Ordinal);
        var goalLink = Rows(added, "Suggested goals")[0];
        Assert.StartsWith("Added to the plan", goalLink[3], StringComparison.Ordinal);
        var href = added.Document.QuerySelector("main a[href^='/plan-goals/']")!.GetAttribute("href")!;

        // Accepting again from the page opened before: already in the plan, and still one goal.
        var again = await owner.SubmitAsync(page, formSelector: "#accept-item-14");
        Assert.Contains("That goal is already in the improvement plan", again.Text, StringComparison.Ordinal);
        var goals = await app.WithDbAsync((db, _) => db.PlanGoals.IgnoreQueryFilters().Where(g => g.SettingId == a2 && g.SourceKind == GoalSourceKind.Audit).ToListAsync());
        var goal = Assert.Single(goals);
        Assert.Equal(href, $"/plan-goals/{goal.Id}");
        Assert.Equal(GoalPriority.High, goal.Priority);
        Assert.Equal("Item 14 'Staff use of books with children' scored 2 (inadequate).", goal.Issue);

        var goalPage = await owner.GetAsync(href);
        var source = goalPage.Document.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("From the", StringComparison.Ordinal));
        Assert.Equal("From the early childhood environment rating (compatible with ECERS-3) of 12 November 2026, Rainbow room: item 14 Staff use of books with children", source.TextContent.Trim());
        Assert.Equal($"/audits/{audit}/results", source.GetAttribute("href"));

        // Another setting's people do not find it; the LA's adviser can add the other suggestion.
        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/audits/{audit}/results")).Status);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var advised = await adviser.SubmitAsync(await adviser.GetAsync($"/audits/{audit}/results"), formSelector: "#accept-item-30");
        Assert.Contains("Goal added to the improvement plan", advised.Text, StringComparison.Ordinal);
        Assert.Empty(advised.Document.QuerySelectorAll("main form input[name=key]"));
    }

    [Fact]
    public async Task TwoObservers_TheirScoresAreShownBesideTheAgreedOne_WithTheirAgreement()
    {
        var a1 = app.World.SettingA1Id;
        var audit = await app.WithDbAsync(async (db, services) =>
            await ResultsSeed.RatingAsync(db, services, a1, null, "sstew", November,
            [
                ("Ada Adviser", SheetKind.Observer, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 3, 3]),
                ("Eve Evaluator", SheetKind.Observer, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, null]),
                ("Agreed", SheetKind.Agreed, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3]),
            ]));
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);

        var page = await owner.GetAsync($"/audits/{audit}/results");

        // 13 items compared (14 is not applicable for Eve): 1 to 10 the same, 11 and 12 one apart, 13 three apart.
        Assert.Contains("Exact agreement 77% (10 of 13 items); within one point 92% (12 of 13)", page.Text, StringComparison.Ordinal);
        var headers = page.Document.QuerySelectorAll("main table").Last(t => t.QuerySelector("caption")!.TextContent.Contains("Assessing", StringComparison.Ordinal))
            .QuerySelectorAll("th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Item", "Agreed score", "Ada Adviser", "Eve Evaluator", "Since the previous audit", "Note"], headers);
        var assessing = Rows(page, "Assessing learning and language");
        Assert.Equal(["4 (minimal)", "3", "6"], assessing[0].Skip(1).Take(3));
        Assert.Equal(["3 (minimal)", "3", "–"], assessing[1].Skip(1).Take(3));

        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var agreement = await adviser.GetAsync("/instruments/agreement");
        var ada = agreement.Document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Ada Adviser", ada);
        Assert.Contains("Eve Evaluator", ada);
        var row = agreement.Document.QuerySelectorAll("main table")[0].QuerySelectorAll("tbody tr")
            .Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).Single(r => r[0] == "12 November 2026");
        Assert.Equal(["13", "77%", "92%", "77%", "92%"], row.Skip(4));
    }

    [Fact]
    public async Task Checklists_ShowEachAnswer_AndTheShareMet()
    {
        var a1 = app.World.SettingA1Id;
        var audit = await app.WithDbAsync(async (db, services) => await ResultsSeed.ChecklistAsync(db, services, a1, "safeguarding-and-welfare-requirements", November,
            new Dictionary<string, ChecklistAnswer> { ["2"] = ChecklistAnswer.PartlyMet, ["5"] = ChecklistAnswer.NotMet, ["10"] = ChecklistAnswer.NotApplicable }));
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);

        var page = await owner.GetAsync($"/audits/{audit}/results");

        var items = await app.WithDbAsync((db, services) => Task.FromResult(services.GetRequiredService<InstrumentCatalogue>().Get("safeguarding-and-welfare-requirements").Items.Count()));
        var applicable = items - 1;
        var met = applicable - 2;
        Assert.Contains($"{met} of {applicable} met ({Math.Round(100m * met / applicable, 0, MidpointRounding.AwayFromZero):0}%); 1 partly met, 1 not met, 1 not applicable", page.Text, StringComparison.Ordinal);
        Assert.Equal(["Item 5 Suitability checks (enhanced DBS) for everyone working with children, recorded", "Item 2 A designated safeguarding lead who has had child protection training"],
            Rows(page, "Suggested goals").Select(r => r[0]));
        Assert.Equal("Not met", Rows(page, "Suitable people")[0][1]);
    }

    [Fact]
    public async Task Results_LinkToCorrectingAFinishedAudit_ForThoseWhoMayRecord_AndToTheSettingsScores()
    {
        var a1 = app.World.SettingA1Id;
        var (finished, unfinished) = await app.WithDbAsync(async (db, services) =>
        {
            var room = await ResultsSeed.RoomAsync(db, a1, "Sunflower room");
            // ITERS-3, so the other tests' lists of this setting's ECERS-3 ratings stay as they are.
            var finished = await ResultsSeed.RatingAsync(db, services, a1, room.Id, "iters-3", new DateOnly(2026, 5, 4), [("Ada Adviser", SheetKind.Observer, ResultsSeed.Scores(5))]);
            var unfinished = await ResultsSeed.RatingAsync(db, services, a1, room.Id, "iters-3", new DateOnly(2026, 11, 2), [("Ada Adviser", SheetKind.Observer, ResultsSeed.Scores(6))], finish: false);
            return (finished, unfinished);
        });
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);

        var page = await owner.GetAsync($"/audits/{finished}/results");

        var links = ResultLinks(page);
        Assert.Equal([($"/audits/{finished}/amend", "Correct an answer in this audit"), ($"/audits/export?setting={a1}", "Download the audit scores of Acorn Day Nursery")], links);
        var amend = await owner.GetAsync(links[0].Href);
        Assert.Equal(HttpStatusCode.OK, amend.Status);
        var export = await owner.GetAsync(links[1].Href);
        Assert.Equal("Acorn Day Nursery", export.Document.QuerySelector("main .govuk-caption-l")!.TextContent.Trim());
        Assert.NotNull(export.Document.QuerySelector($"main a[href='/audits/export?handler=Download&format=csv&setting={a1}']"));

        // An unfinished audit is continued, not corrected; the scores download stays.
        Assert.Equal([$"/audits/export?setting={a1}"], ResultLinks(await owner.GetAsync($"/audits/{unfinished}/results")).Select(l => l.Href));

        // A practitioner may read the results and download the scores, but not correct the audit.
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        Assert.Equal([$"/audits/export?setting={a1}"], ResultLinks(await practitioner.GetAsync($"/audits/{finished}/results")).Select(l => l.Href));
    }

    private static List<(string Href, string Text)> ResultLinks(Page page) =>
        [.. page.Document.QuerySelectorAll("main [data-result-links] a").Select(a => (a.GetAttribute("href")!, a.TextContent.Trim()))];

    internal static List<List<string>> Rows(Page page, string caption) =>
        [.. page.Document.QuerySelectorAll("main table").Single(t => t.QuerySelector("caption")?.TextContent.Trim() == caption)
            .QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => string.Join(" ", c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList())];
}

public sealed class ResultsTestsOnSqlite(SqliteFixture app) : ResultsTests<SqliteFixture>(app);

public sealed class ResultsTestsOnPostgres(PostgresFixture app) : ResultsTests<PostgresFixture>(app);
