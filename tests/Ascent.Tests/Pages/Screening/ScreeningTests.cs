using System.Net;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Screening.ScreeningSupport;

namespace Ascent.Tests.Pages.Screening;

/// The setting lists its children, screens a room in the grid in one go, sees the room view and records action
/// points; its local authority sees the totals only.
public abstract class ScreeningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Setting_ScreensARoomInTheGrid_AndSeesTheRoomView_WhileTheLaSeesTotalsOnly()
    {
        var settingId = app.World.SettingA1Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var roomId = await AddRoomAsync(owner, settingId, "Rainbow room");
        var refused = await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/screening/children"), new Dictionary<string, string> { ["Room"] = roomId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Children"] = "B01\nB01" });
        Assert.Contains("Line 2: B01 is listed twice", refused.ErrorMessages);
        await AddChildrenAsync(owner, settingId, roomId, "B01, Ava\nB02\nB03\nb04, Sam\nB05");

        var grid = await StartRoundAsync(owner, settingId, roomId);
        Assert.Contains("Enter scores for Autumn 2026", grid.Heading, StringComparison.Ordinal);
        var inputs = grid.Document.QuerySelectorAll("main input.app-score");
        Assert.Equal(10, inputs.Length);
        Assert.All(inputs, i => Assert.Equal(("numeric", "1"), (i.GetAttribute("inputmode"), i.GetAttribute("maxlength"))));
        // Tab order: each child's well-being, then involvement, then the next child.
        Assert.Equal(["Well-being for B01", "Involvement for B01", "Well-being for B02"],
            inputs.Take(3).Select(i => grid.Document.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim()));

        var bad = await owner.SubmitAsync(grid, Scores(grid, ("B01", "1", "4"), ("B02", "7", "3"), ("B03", "x", ""), ("B04", "3", "3"), ("B05", "5", "4")));
        Assert.Equal(["Well-being for B02 must be a number from 1 to 5", "Well-being for B03 must be a number from 1 to 5", "Enter involvement for B03 as a number from 1 to 5, or leave well-being blank too"], bad.ErrorMessages);
        var roundId = IdOf(bad);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.ChildScores.CountAsync(s => s.RoundId == roundId)));

        var view = await owner.SubmitAsync(bad, Scores(bad, ("B01", "3", "4"), ("B02", "4", "3"), ("B03", "", ""), ("B04", "1", "3"), ("B05", "5", "4")));
        Assert.Equal($"/screening/rounds/{roundId}", view.Url);
        var text = view.Document.Body!.TextContent;
        Assert.Contains("Scores saved for 4 children", text, StringComparison.Ordinal);
        Assert.Contains("1 (25%): a score below 3", text, StringComparison.Ordinal);
        Assert.Contains("2 (50%): a 3 on either scale", text, StringComparison.Ordinal);
        Assert.Contains("Mean well-being: 3.25", text, StringComparison.Ordinal);
        Assert.Contains("Mean involvement: 3.50", text, StringComparison.Ordinal);
        // Red children first (B04 before B01 though its code comes later), then amber by code, each with a way to an
        // action point of their own.
        var needing = view.Document.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim().Replace("\n", " ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, needing.Count);
        Assert.StartsWith("B04 (Sam)", needing[0], StringComparison.Ordinal);
        Assert.Contains("Red", needing[0], StringComparison.Ordinal);
        Assert.StartsWith("B01 (Ava)", needing[1], StringComparison.Ordinal);
        Assert.Contains("Amber", needing[1], StringComparison.Ordinal);
        Assert.StartsWith("B02", needing[2], StringComparison.Ordinal);
        Assert.Contains("Amber", needing[2], StringComparison.Ordinal);
        var wellBeing = view.Document.QuerySelectorAll("main table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Well-being", StringComparison.Ordinal));
        Assert.Contains("1 child (25%)", wellBeing.QuerySelectorAll("tbody tr")[0].TextContent, StringComparison.Ordinal);

        var action = await owner.GetAsync(view.Document.QuerySelectorAll("main a").First(a => a.TextContent.Contains("for B01", StringComparison.Ordinal)).GetAttribute("href")!);
        var saved = await owner.SubmitAsync(action, new Dictionary<string, string> { ["Text"] = "Observe B01 at lunch", ["ByWhom"] = "Kim (key person)" });
        Assert.Contains("Observe B01 at lunch", saved.Text, StringComparison.Ordinal);
        var roomAction = await owner.GetAsync($"/screening/rounds/{roundId}/action");
        saved = await owner.SubmitAsync(roomAction, new Dictionary<string, string> { ["Text"] = "More outdoor play", ["ByWhom"] = "Room leader" });
        Assert.Contains("Action point added for the room", saved.Text, StringComparison.Ordinal);

        var csv = await owner.Client.GetStringAsync($"/screening/rounds/{roundId}/export");
        Assert.Equal("Child code,Well-being,Involvement,Band", csv.TrimStart('\uFEFF').Split("\r\n")[0]);
        Assert.DoesNotContain("Ava", csv, StringComparison.Ordinal);
        Assert.Contains("B01,3,4,Amber", csv, StringComparison.Ordinal);
        Assert.Contains("B04,1,3,Red", csv, StringComparison.Ordinal);
        Assert.Contains("B04,Sam,1,3,Red", await owner.Client.GetStringAsync($"/screening/rounds/{roundId}/export?Names=true"), StringComparison.Ordinal);

        // The local authority: totals and the room's action points, never a child.
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var la = await adviser.GetAsync($"/screening/rounds/{roundId}");
        Assert.Equal(HttpStatusCode.OK, la.Status);
        var laText = la.Document.Body!.TextContent;
        Assert.Contains("Mean well-being: 3.25", laText, StringComparison.Ordinal);
        Assert.Contains("More outdoor play", laText, StringComparison.Ordinal);
        foreach (var secret in new[] { "B01", "Ava", "Sam", "Observe B01" })
            Assert.DoesNotContain(secret, laText, StringComparison.Ordinal);
        var overview = await adviser.GetAsync("/screening");
        Assert.Contains("Acorn Day Nursery", overview.Text, StringComparison.Ordinal);
        Assert.Contains("Rainbow room", overview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("B01", overview.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.GetAsync($"/screening/rounds/{roundId}/grid")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await adviser.GetAsync($"/screening/rounds/{roundId}/export?Names=true")).Status);

        // A second round shows the change since the first; the chart source has both, from aggregates.
        var second = await StartRoundAsync(owner, settingId, roomId);
        Assert.Contains("Spring 2027", second.Heading, StringComparison.Ordinal);
        var again = await owner.SubmitAsync(second, Scores(second, ("B01", "3", "4"), ("B02", "4", "4"), ("B03", "4", "5"), ("B04", "4", "4"), ("B05", "5", "5")));
        Assert.Contains("children in the red band down 25 percentage points", again.Document.Body!.TextContent, StringComparison.Ordinal);
        // The overview counts each room once, by its latest round.
        var rows = (await adviser.GetAsync("/screening")).Document.QuerySelectorAll("main tbody tr")
            .Where(r => r.TextContent.Contains("Rainbow room", StringComparison.Ordinal)).ToList();
        Assert.Contains("Spring 2027", Assert.Single(rows).TextContent, StringComparison.Ordinal);
        var series = await app.WithDbAsync(async (_, services) => await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetServices<Ascent.Web.Services.Charts.IChartSeriesSource>(services).OfType<Ascent.Web.Services.Screening.ScreeningChartSource>().Single().ForSettingAsync(settingId, CancellationToken.None));
        var red = series.Single(s => s.Key == $"leuven:red:room-{roomId}");
        Assert.Equal([(1m, 4m), (0m, 5m)], red.Points.Select(p => (p.Numerator!.Value, p.Denominator!.Value)));
        Assert.Equal([3.50m, 4.40m], series.Single(s => s.Key == $"leuven:involvement:room-{roomId}").Points.Select(p => p.Value));
    }
}

public sealed class ScreeningTestsOnSqlite(SqliteFixture app) : ScreeningTests<SqliteFixture>(app);

public sealed class ScreeningTestsOnPostgres(PostgresFixture app) : ScreeningTests<PostgresFixture>(app);
