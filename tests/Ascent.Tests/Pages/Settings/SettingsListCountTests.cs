using Ascent.Tests.Support;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Settings;

/// The list counts every match, however many: these add more than a thousand settings, so they have a fixture of
/// their own.
public abstract class SettingsListCountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const int Quokkas = 1_060;

    private async Task EnsureQuokkasAsync() => await app.WithDbAsync(async (db, _) =>
    {
        if (await db.Settings.AnyAsync(s => s.Reference == "QK000001"))
            return 0;
        for (var i = 1; i <= Quokkas; i++)
            db.Settings.Add(new Setting(app.World.TenantAId, $"QK{i:D6}", $"Quokka Nursery {i:D4}", "Childminder", null) { Postcode = $"QK{i % 10} {i:D4}", LocalAuthorityName = "Ashdown" });
        return await db.SaveChangesAsync();
    });

    private static string Count(Page page) =>
        page.Document.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()).First(t => t.Contains("setting", StringComparison.Ordinal));

    private static List<string> PageItems(Page page) =>
        page.Document.QuerySelectorAll(".govuk-pagination__item").Select(li => li.TextContent.Trim()).ToList();

    [Fact]
    public async Task Search_MatchingMoreThanAThousand_CountsThemExactly_AndPagesToTheLast()
    {
        await EnsureQuokkasAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);

        var first = await browser.GetAsync("/settings?Query=quokka");
        Assert.Equal("1,060 settings match “quokka”", Count(first));
        Assert.Equal("1,060 settings in Ashdown", first.Heading);
        Assert.Equal(["1", "2", "⋯", "22"], PageItems(first));
        Assert.Equal("/settings?Query=quokka&p=2", first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("Quokka Nursery 0001", first.Document.QuerySelector("tbody tr td")!.TextContent.Trim());

        var beyond = await browser.GetAsync("/settings?Query=quokka&p=21");
        Assert.Equal(["1", "⋯", "20", "21", "22"], PageItems(beyond));
        Assert.Equal(50, beyond.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Quokka Nursery 1001", beyond.Document.QuerySelector("tbody tr td")!.TextContent.Trim());

        // Asking past the end shows the last page.
        var last = await browser.GetAsync("/settings?Query=quokka&p=99");
        Assert.Equal(["1", "⋯", "21", "22"], PageItems(last));
        Assert.Null(last.Document.QuerySelector("a[rel=next]"));
        Assert.Equal(10, last.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Quokka Nursery 1051", last.Document.QuerySelector("tbody tr td")!.TextContent.Trim());
    }

    [Fact]
    public async Task Heading_CountsTheSettingsInTheLaOrTheAuthorityChosen()
    {
        await EnsureQuokkasAsync();
        using var la = app.NewBrowser();
        await la.SignInAsync(TestWorld.AdminA);
        Assert.Equal($"{Quokkas + 2:N0} settings in Ashdown", (await la.GetAsync("/settings")).Heading);

        using var system = app.NewBrowser();
        await system.SignInAsync(TestWorld.SystemAdmin);
        Assert.Equal($"{Quokkas + 3:N0} settings", (await system.GetAsync("/settings")).Heading);
        Assert.Equal($"{Quokkas:N0} settings in Ashdown", (await system.GetAsync("/settings?LocalAuthority=Ashdown")).Heading);
    }

    [Fact]
    public async Task Search_MatchingAThousandOrFewer_CountsThemExactly()
    {
        await EnsureQuokkasAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);

        // "Quokka Nursery 0…" is 0001 to 0999.
        var page = await browser.GetAsync("/settings?Query=quokka+nursery+0");
        Assert.Equal("999 settings match “quokka nursery 0”", Count(page));
        Assert.Equal(["1", "2", "⋯", "20"], PageItems(page));
    }

    [Fact]
    public async Task Search_ByUrnOrPostcode_FindsTheSetting()
    {
        await EnsureQuokkasAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);

        var byUrn = await browser.GetAsync("/settings?Query=qk000042");
        Assert.Equal("1 setting match “qk000042”", Count(byUrn));
        Assert.Contains("Quokka Nursery 0042", byUrn.Text, StringComparison.Ordinal);

        // Postcodes match from their start, spaces ignored: "QK2 0042" by "qk20042".
        var byPostcode = await browser.GetAsync("/settings?Query=qk20042");
        Assert.Equal("1 setting match “qk20042”", Count(byPostcode));
        Assert.Contains("Quokka Nursery 0042", byPostcode.Text, StringComparison.Ordinal);
    }
}

public sealed class SettingsListCountTestsOnSqlite(SqliteFixture app) : SettingsListCountTests<SqliteFixture>(app);

public sealed class SettingsListCountTestsOnPostgres(PostgresFixture app) : SettingsListCountTests<PostgresFixture>(app);
