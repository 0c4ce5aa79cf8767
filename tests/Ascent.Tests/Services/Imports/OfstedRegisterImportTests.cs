using Ascent.Tests.Support;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Imports.Ofsted;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Services.Imports;

/// Ofsted's real 2021 file (70,980 providers) through the whole import, on each database: what a new user does first.
public abstract class OfstedRegisterImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static IReadOnlyList<string> Segments(string folder) =>
        [.. Enumerable.Range(1, 15).Select(i => Path.Combine(folder, $"segment-{i}.csv"))];

    private Task<Web.Domain.Imports.ImportRun> ImportAsync(IReadOnlyList<string> files) =>
        app.WithDbAsync((_, services) => services.GetRequiredService<RegisterImporter>().ImportAsync(OfstedBatchReader.ReadFiles(files), tenantId: null));

    [Fact]
    public async Task RealFile_ImportsWhole_ThenReimportsUnchanged_ThenOneChangedGradeIsOneEvent()
    {
        var segments = Segments(RealDataDirectory());
        var first = await ImportAsync(segments);
        Assert.Equal("70,980 rows: 70,980 added, 0 updated, 0 unchanged, 0 rejected", first.Summary);
        Assert.True(first.IsBaseline);
        Assert.Equal(0, first.Events);

        var kent = await app.WithDbAsync((db, _) => db.Settings.Where(s => s.LocalAuthorityName == "Kent")
            .GroupBy(s => s.LatestOverallGrade).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key ?? "none", g => g.Count));
        Assert.Equal(new Dictionary<string, int> { ["1"] = 207, ["2"] = 942, ["3"] = 24, ["4"] = 3, ["none"] = 885 }, kent);
        Assert.Equal(2_061, await app.WithDbAsync((db, _) => db.Settings.CountAsync(s => db.Tenants.Any(t => t.Id == s.TenantId && t.RegisterName == "Kent"))));
        var busyBees = await app.WithDbAsync((db, _) => db.Settings.Include(s => s.Inspections).ThenInclude(i => i.Grades).SingleAsync(s => s.Reference == "EY299059"));
        Assert.Equal(("ofsted-eif-2019", "3", new DateOnly(2021, 8, 17)), (busyBees.LatestFrameworkCode, busyBees.LatestOverallGrade, busyBees.LatestInspectionDate));
        Assert.Equal(3, busyBees.Inspections.Count);
        Assert.Equal("yes", busyBees.Inspections.Single(i => i.Number == "10205072").Grades.Single(g => g.AreaCode == "safeguarding").GradeCode);

        // One segment of the fifteen is not the register: the import stops before writing and says so.
        var partial = await Assert.ThrowsAsync<ImportException>(() => ImportAsync([segments[0]]));
        Assert.StartsWith("This file has 4,999 of the 70,941 settings Ascent holds for these 151 local authorities. If it is the whole register, confirm that 65,942 settings have left the register", partial.Message, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.Settings.AnyAsync(s => s.LeftRegisterOn != null)));

        var again = await ImportAsync(segments);
        Assert.Equal("70,980 rows: 0 added, 0 updated, 70,980 unchanged, 0 rejected", again.Summary);
        Assert.Equal(0, again.Events);

        // The same file with one grade changed: EY299059's latest overall effectiveness from 3 to 2.
        var folder = Directory.CreateTempSubdirectory("ascent-ofsted-").FullName;
        try
        {
            var changed = Segments(folder);
            for (var i = 0; i < 15; i++)
                File.Copy(segments[i], changed[i]);
            var text = await File.ReadAllTextAsync(changed[0]);
            Assert.Contains("17/08/2021,\"3\",\"3\"", text, StringComparison.Ordinal);
            await File.WriteAllTextAsync(changed[0], text.Replace("17/08/2021,\"3\",\"3\"", "17/08/2021,\"2\",\"3\"", StringComparison.Ordinal));

            var third = await ImportAsync(changed);
            Assert.Equal("70,980 rows: 0 added, 1 updated, 70,979 unchanged, 0 rejected", third.Summary);
            var events = await app.WithDbAsync((db, _) => db.ChangeEvents.Where(e => e.ImportRunId == third.Id).ToListAsync());
            var change = Assert.Single(events);
            Assert.Equal(ChangeEventTypes.JudgementChanged, change.Type);
            Assert.Equal(busyBees.Id, change.SettingId);
            Assert.Equal("2", await app.WithDbAsync((db, _) => db.Settings.Where(s => s.Id == busyBees.Id).Select(s => s.LatestOverallGrade).SingleAsync()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class OfstedRegisterImportTestsOnSqlite(SqliteFixture app) : OfstedRegisterImportTests<SqliteFixture>(app);

public sealed class OfstedRegisterImportTestsOnPostgres(PostgresFixture app) : OfstedRegisterImportTests<PostgresFixture>(app);
