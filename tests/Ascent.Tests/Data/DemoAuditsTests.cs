using Ascent.Tests.Pages.Instruments.Results;
using Ascent.Tests.Support;
using Ascent.Web.Data.Demo;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Data;

/// The demo's finished audits and questionnaire round: a new user sees results at once, a new rating of the
/// pre-school room is compared with the demo's, and the LA sees its settings' totals.
public abstract class DemoAuditsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task DemoSettingManager_SeesFinishedAuditsAndAParentQuestionnaire_WithResults()
    {
        var settingId = await DemoSettingIdAsync();
        using var manager = app.NewBrowser();
        await manager.SignInAsync("manager@littleacorns.example", DemoUsers.Password);

        var audits = await manager.GetAsync($"/settings/{settingId}/audits");
        var rows = audits.Document.QuerySelectorAll("main table tbody tr").ToList();
        List<string> Cells(AngleSharp.Dom.IElement row) => [.. row.Children.Select(c => c.TextContent.Trim())];
        // A year before the demo's today (the fixture's clock: 23 November 2026).
        var rating = Assert.Single(rows, r => Cells(r)[0] == "Early childhood environment rating (compatible with ECERS-3)" && Cells(r)[2] == "23 November 2025");
        Assert.Equal([DemoScreening.PreSchoolRoom, "23 November 2025", "Finished"], Cells(rating).Skip(1).Take(3));
        Assert.Single(rows, r => Cells(r)[0].StartsWith("Leadership", StringComparison.Ordinal) && Cells(r)[3] == "Finished");

        var results = await manager.GetAsync(rating.QuerySelector("a[href$='/results']")!.GetAttribute("href")!);
        Assert.Equal(6, ResultsTests<TApp>.Rows(results, "Subscales and total").Count - 1);
        Assert.NotEmpty(ResultsTests<TApp>.Rows(results, "Suggested goals"));

        var questionnaires = await manager.GetAsync($"/settings/{settingId}/questionnaires");
        var round = await manager.GetAsync(questionnaires.Document.QuerySelector("main a[href^='/questionnaires/']")!.GetAttribute("href")!);
        Assert.Contains("28 responses (28 online, 0 from paper)", round.Text, StringComparison.Ordinal);
        Assert.Contains("these results are final", round.Text, StringComparison.Ordinal);
        var groups = round.Document.QuerySelectorAll("main [aria-label='By group'] tbody tr").Select(r => r.Children[1].TextContent.Trim()).ToList();
        Assert.Equal(["6", "8", "12", "Fewer than 5 responses: not shown, to protect anonymity"], groups);
    }

    [Fact]
    public async Task ANewRatingOfThePreSchoolRoom_ShowsTheChangeSinceTheDemosRating()
    {
        var settingId = await DemoSettingIdAsync();
        var (audit, previous) = await app.WithDbAsync(async (db, services) =>
        {
            var room = await db.Rooms.SingleAsync(r => r.SettingId == settingId && r.Name == DemoScreening.PreSchoolRoom);
            var previous = await db.Audits.Where(a => a.RoomId == room.Id && a.InstrumentCode == "ecers-3").Select(a => a.Id).SingleAsync();
            var audit = await ResultsSeed.RatingAsync(db, services, settingId, room.Id, "ecers-3", new DateOnly(2026, 11, 23), [("Jo Clarke", SheetKind.Observer, ResultsSeed.Scores(5))]);
            return (audit, previous);
        });
        using var manager = app.NewBrowser();
        await manager.SignInAsync("manager@littleacorns.example", DemoUsers.Password);

        var page = await manager.GetAsync($"/audits/{audit}/results");

        Assert.Equal($"/audits/{previous}/results", page.Document.QuerySelectorAll("main dd a").Single().GetAttribute("href"));
        var total = ResultsTests<TApp>.Rows(page, "Subscales and total")[^1];
        Assert.Matches(@"^(Up|Down) from \d\.\d\d to 5\.00$", total[2]);
    }

    [Fact]
    public async Task DemoAdviser_SeesTheSettingsTotals_AtTheLasAudits()
    {
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync("adviser@northfield.example", DemoUsers.Password);

        var page = await adviser.GetAsync("/audits");

        var bySetting = page.Document.QuerySelectorAll("main [aria-label$='by setting']").Select(r => r.GetAttribute("aria-label")).ToList();
        Assert.Contains("Early childhood environment rating (compatible with ECERS-3) by setting", bySetting);
        var ratings = page.Document.QuerySelector("main [aria-label='Early childhood environment rating (compatible with ECERS-3) by setting']")!.QuerySelectorAll("tbody tr");
        Assert.Equal(13, ratings.Length);
        Assert.Contains(ratings, r => r.Children[0].TextContent.Trim() == DemoUsers.DemoSettingName);
        Assert.DoesNotContain("P01", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedingAgain_AddsNoAudits()
    {
        var (before, after) = await app.WithDbAsync(async (db, services) =>
        {
            var before = await db.Audits.CountAsync();
            var northfield = await db.Tenants.Where(t => t.Name == DemoUsers.TenantName).Select(t => t.Id).SingleAsync();
            var demo = await db.Settings.SingleAsync(s => s.Name == DemoUsers.DemoSettingName);
            var others = await db.Settings.Where(s => s.TenantId == northfield && s.Id != demo.Id).OrderBy(s => s.Id).ToListAsync();
            await DemoAudits.SeedAsync(db, services.GetRequiredService<InstrumentCatalogue>(), [demo, .. others], new DateOnly(2026, 11, 23), CancellationToken.None);
            return (before, await db.Audits.CountAsync());
        });
        Assert.Equal(before, after);
    }

    private Task<int> DemoSettingIdAsync() =>
        app.WithDbAsync((db, _) => db.Settings.Where(s => s.Name == DemoUsers.DemoSettingName).Select(s => s.Id).SingleAsync());
}

public sealed class DemoAuditsTestsOnSqlite(DemoSqliteFixture app) : DemoAuditsTests<DemoSqliteFixture>(app);

public sealed class DemoAuditsTestsOnPostgres(DemoPostgresFixture app) : DemoAuditsTests<DemoPostgresFixture>(app);
