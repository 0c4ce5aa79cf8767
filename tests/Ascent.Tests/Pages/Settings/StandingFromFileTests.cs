using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Imports.Ofsted;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Pages.Settings;

/// LA and national counts by standing after importing Ofsted's files match the raw rows, read by eye from the two small
/// sample files (2021 layout for Kent, the renewed 2026 layout for Leeds). scripts/check-standing-counts.py does the
/// same for the whole real 2021 file (all 153 LAs).
public abstract class StandingFromFileTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task CountsByStanding_MatchTheRawFile_PerLaAndNationally()
    {
        await app.WithDbAsync(async (_, services) =>
        {
            var importer = services.GetRequiredService<RegisterImporter>();
            await importer.ImportAsync(OfstedBatchReader.ReadFiles([FixturePath("childcare-providers-2021-with-title-lines.csv")]), tenantId: null);
            return true;
        });
        await app.WithDbAsync(async (_, services) =>
        {
            var importer = services.GetRequiredService<RegisterImporter>();
            await importer.ImportAsync(OfstedBatchReader.ReadFiles([FixturePath("childcare-providers-2026-renewed-framework.csv")]), tenantId: null);
            return true;
        });

        // Kent: EY900001 good in 2020 (a later Childcare Register "Met" does not replace a graded inspection), 900002
        // outstanding, VC900003 only ever inspected with no children on roll, "Not Met (with actions)".
        // Leeds: EY800001 renewed 2026 with behaviour needing attention, 2000002 outstanding in 2018 then a no children
        // on roll "Met", EY800003 renewed 2026 with safeguarding not met.
        var expected = new Dictionary<string, Dictionary<string, int>>
        {
            ["Kent"] = new() { ["good-or-better"] = 2, ["not-met"] = 1 },
            ["Leeds"] = new() { ["needs-attention"] = 1, ["good-or-better"] = 1, ["urgent-improvement"] = 1 },
        };
        var stored = await app.WithDbAsync((db, _) => db.Settings.IgnoreQueryFilters()
            .Where(s => s.LocalAuthorityName == "Kent" || s.LocalAuthorityName == "Leeds")
            .GroupBy(s => new { s.LocalAuthorityName, s.StandingCode }).Select(g => new { g.Key.LocalAuthorityName, g.Key.StandingCode, Count = g.Count() })
            .ToListAsync());
        foreach (var (authority, counts) in expected)
        {
            Assert.Equal(counts.OrderBy(c => c.Key, StringComparer.Ordinal),
                stored.Where(s => s.LocalAuthorityName == authority).Select(s => KeyValuePair.Create(s.StandingCode, s.Count)).OrderBy(c => c.Key, StringComparer.Ordinal));
        }

        // Nationally, as the system administrator's home page counts them: the two files plus the test world's own three
        // settings (Acorn good, Bramble not yet inspected, Cedar requires improvement).
        using var browser = app.NewBrowser();
        var home = await browser.SignInAsync(TestWorld.SystemAdmin);
        var rows = home.Document.QuerySelectorAll("table").First(t => t.TextContent.Contains("How settings are doing", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => int.Parse(r.Children[1].TextContent.Trim().Split(' ')[0], CultureInfo.InvariantCulture));
        Assert.Equal(new Dictionary<string, int>
        {
            ["Good or better"] = 4,
            ["Requires improvement"] = 1,
            ["Not met"] = 1,
            ["Needs attention"] = 1,
            ["Urgent improvement"] = 1,
            ["Not yet inspected"] = 1,
        }, rows);
    }
}

public sealed class StandingFromFileTestsOnSqlite(SqliteFixture app) : StandingFromFileTests<SqliteFixture>(app);

public sealed class StandingFromFileTestsOnPostgres(PostgresFixture app) : StandingFromFileTests<PostgresFixture>(app);
