using System.Text;
using Ascent.Tests.Services.Imports.Ofsted;
using Ascent.Tests.Support;
using Ascent.Web.Commands;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Ascent.Web.Services.Cases;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Imports.Ofsted;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Imports;

/// Imports must never wipe the register: a partial file stops until its leavers are confirmed with the right number,
/// a rejected or repeated row is not a leaver, and a check shows what an import would do with nothing written.
/// Each test uses its own local authority (from the all-LA import), except those about Ashdown's support cases.
public abstract class ImportGuardTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static Dictionary<string, string> Provider(string la, int number, params (string Column, string Value)[] changes) =>
        OfstedTestFiles.Row([("Provider URN", $"EY{number:D6}"), ("Provider name", $"Nursery {number}"), ("Local authority", la), .. changes]);

    private static string File(string la, IEnumerable<int> numbers) => OfstedTestFiles.Csv([.. numbers.Select(n => Provider(la, n))]);

    private static RegisterBatch Batch(string csv) =>
        ImportSources.Read(OfstedBatchReader.Source, [("register.csv", () => new MemoryStream(Encoding.UTF8.GetBytes(csv)))], null);

    private Task<ImportRun> ImportAsync(string csv, int? confirmLeavers = null, int? tenantId = null) => app.WithDbAsync((_, services) =>
    {
        var importer = services.GetRequiredService<RegisterImporter>();
        importer.ConfirmedLeavers = confirmLeavers;
        return importer.ImportAsync(Batch(csv), tenantId);
    });

    private Task<ImportPlan> PreviewAsync(string csv, int? tenantId = null) => app.WithDbAsync((_, services) =>
        services.GetRequiredService<RegisterImporter>().PreviewAsync(Batch(csv), tenantId, services.GetRequiredService<PathwayEngine>()));

    private Task<int> LeftAsync(string la) => app.WithDbAsync((db, _) => db.Settings.CountAsync(s => s.LocalAuthorityName == la && s.LeftRegisterOn != null));

    [Fact]
    public async Task APartialFile_StopsWithTheLeaverWarning_AndGoesAheadOnlyWithTheRightNumber()
    {
        await ImportAsync(File("Partia", Enumerable.Range(310_001, 25)));
        var partial = File("Partia", Enumerable.Range(310_001, 5));

        var stopped = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(partial));
        Assert.Equal("This file has 5 of the 25 settings Ascent holds for Partia. If it is the whole register, confirm that 20 settings have left the register; "
            + "if it is not, import the whole file (every segment of a publication split into several) instead.", stopped.Message);
        Assert.Equal(0, await LeftAsync("Partia"));
        Assert.Equal(ImportStatus.Failed, (await app.WithDbAsync((db, _) => db.ImportRuns.OrderByDescending(r => r.Id).FirstAsync())).Status);

        var wrong = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(partial, confirmLeavers: 19));
        Assert.StartsWith("You confirmed that 19 settings have left the register, but this file would mark 20 as having left: check the file again. This file has 5 of the 25", wrong.Message, StringComparison.Ordinal);
        Assert.Equal(0, await LeftAsync("Partia"));

        var confirmed = await ImportAsync(partial, confirmLeavers: 20);
        Assert.Equal((20, 20), (confirmed.LeftRegister, confirmed.ConfirmedLeavers));
        Assert.Equal(20, await LeftAsync("Partia"));
    }

    [Fact]
    public async Task TheCommandLine_ChecksWithADryRun_AndGoesAheadOnlyWithTheNumberItReported()
    {
        var folder = Directory.CreateTempSubdirectory("ascent-guard-").FullName;
        try
        {
            var whole = Path.Combine(folder, "whole.csv");
            var part = Path.Combine(folder, "part.csv");
            await System.IO.File.WriteAllTextAsync(whole, File("Commanda", Enumerable.Range(350_001, 30)));
            await System.IO.File.WriteAllTextAsync(part, File("Commanda", Enumerable.Range(350_001, 3)));
            Assert.Equal(0, await ImportCommand.RunAsync(app.Factory.Services, ["import", "ofsted", whole]));
            var runs = await app.WithDbAsync((db, _) => db.ImportRuns.CountAsync());

            Assert.Equal(0, await ImportCommand.RunAsync(app.Factory.Services, ["import", "ofsted", part, "--dry-run"]));
            Assert.Equal(runs, await app.WithDbAsync((db, _) => db.ImportRuns.CountAsync()));
            Assert.Equal(1, await ImportCommand.RunAsync(app.Factory.Services, ["import", "ofsted", part]));
            Assert.Equal(1, await ImportCommand.RunAsync(app.Factory.Services, ["import", "ofsted", part, "--confirm-leavers", "26"]));
            Assert.Equal(0, await LeftAsync("Commanda"));

            Assert.Equal(0, await ImportCommand.RunAsync(app.Factory.Services, ["import", "ofsted", part, "--confirm-leavers", "27"]));
            Assert.Equal(27, await LeftAsync("Commanda"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AFileWithARejectedRow_LeavesThatSettingOnTheRegister_AndListsTheRow()
    {
        await ImportAsync(File("Rejecta", [320_001, 320_002, 320_003]));
        var badGrade = OfstedTestFiles.Csv(
            Provider("Rejecta", 320_001),
            Provider("Rejecta", 320_002, ("Most recent full: Inspection number", "2001"), ("Most recent full: Inspection date", "01/02/2022"), ("Most recent full: Overall effectiveness", "7")),
            Provider("Rejecta", 320_003));

        var run = await ImportAsync(badGrade);
        Assert.Equal((0, 1, 0), (run.LeftRegister, run.Rejected, run.Events));
        Assert.Equal(0, await LeftAsync("Rejecta"));
        var rejected = await app.WithDbAsync((db, _) => db.ImportRejectedRows.SingleAsync(r => r.ImportRunId == run.Id));
        Assert.Equal(3, rejected.LineNumber);
        Assert.Contains("EY320002", rejected.RawLine, StringComparison.Ordinal);

        // A row without a URN cannot be told apart from the setting that would leave: that needs confirming too.
        var noUrn = OfstedTestFiles.Csv(Provider("Rejecta", 320_001), Provider("Rejecta", 320_002), Provider("Rejecta", 320_003, ("Provider URN", "")));
        var stopped = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(noUrn));
        Assert.Contains("confirm that 1 setting has left the register", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("1 rejected row has no readable URN", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(0, await LeftAsync("Rejecta"));
    }

    [Fact]
    public async Task ACheck_ShowsWhatTheImportWouldDo_AndWritesNothing()
    {
        await ImportAsync(OfstedTestFiles.Csv(
            Provider("Previa", 330_001, ("Most recent full: Inspection number", "3001"), ("Most recent full: Inspection date", "01/02/2022"), ("Most recent full: Overall effectiveness", "2")),
            Provider("Previa", 330_002), Provider("Previa", 330_003)));
        var later = OfstedTestFiles.Csv(
            Provider("Previa", 330_001, ("Most recent full: Inspection number", "3002"), ("Most recent full: Inspection date", "01/10/2026"), ("Most recent full: Overall effectiveness", "3"),
                ("Second most recent full: Inspection number", "3001"), ("Second most recent full: Inspection date", "01/02/2022"), ("Second most recent full: Overall effectiveness", "2")),
            Provider("Previa", 330_002),
            Provider("Previa", 330_004, ("Registration date", "01/09/2026")),
            Provider("Previa", 330_005, ("Places", "many")));
        var before = await app.WithDbAsync(async (db, _) => (await db.Settings.CountAsync(), await db.ChangeEvents.CountAsync(), await db.ImportRuns.CountAsync(), await db.Inspections.CountAsync()));

        var plan = await PreviewAsync(later);

        Assert.Equal((4, 1, 1, 1, 1, 1), (plan.RowsRead, plan.Added, plan.Updated, plan.Unchanged, plan.Rejected.Count, plan.LeavingRegister));
        Assert.Equal(new Dictionary<string, int> { [ChangeEventTypes.LeftRegister] = 1, [ChangeEventTypes.NewJudgement] = 1, [ChangeEventTypes.NewRegistration] = 1 },
            plan.EventsByKind.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary());
        Assert.True(plan.Leavers.NeedsConfirmation);
        Assert.Equal(5, plan.Rejected.Single().LineNumber);
        Assert.Equal(before, await app.WithDbAsync(async (db, _) => (await db.Settings.CountAsync(), await db.ChangeEvents.CountAsync(), await db.ImportRuns.CountAsync(), await db.Inspections.CountAsync())));
        Assert.Equal(0, await LeftAsync("Previa"));
        Assert.Equal("2", await app.WithDbAsync((db, _) => db.Settings.Where(s => s.Reference == "EY330001").Select(s => s.LatestOverallGrade).SingleAsync()));
    }

    [Fact]
    public async Task AUrnTwiceInOneFile_IsReportedWithBothLines_AndDifferingRowsLeaveTheSettingAsItWas()
    {
        await ImportAsync(File("Duplica", [340_001, 340_002]));

        var same = await ImportAsync(File("Duplica", [340_001, 340_002, 340_001]));
        Assert.Equal((0, 2, 1, 0), (same.Updated, same.Unchanged, same.Rejected, same.LeftRegister));
        var repeat = await app.WithDbAsync((db, _) => db.ImportRejectedRows.SingleAsync(r => r.ImportRunId == same.Id));
        Assert.Equal(4, repeat.LineNumber);
        Assert.Contains("EY340001 is on lines 2 and 4: the same row twice", repeat.Reason, StringComparison.Ordinal);

        var differing = await ImportAsync(OfstedTestFiles.Csv(Provider("Duplica", 340_001), Provider("Duplica", 340_002), Provider("Duplica", 340_002, ("Provider name", "Renamed"))));
        Assert.Equal((0, 1, 2, 0), (differing.Updated, differing.Unchanged, differing.Rejected, differing.LeftRegister));
        var reasons = await app.WithDbAsync((db, _) => db.ImportRejectedRows.Where(r => r.ImportRunId == differing.Id).OrderBy(r => r.LineNumber).Select(r => r.LineNumber + ": " + r.Reason).ToListAsync());
        Assert.Equal(2, reasons.Count);
        Assert.All(reasons, r => Assert.Contains("EY340002 is on lines 3 and 4 with different details", r, StringComparison.Ordinal));
        var setting = await app.WithDbAsync((db, _) => db.Settings.SingleAsync(s => s.Reference == "EY340002"));
        Assert.Equal(("Nursery 340002", null), (setting.Name, setting.LeftRegisterOn));
    }

    [Fact]
    public async Task AProviderRegisteredLongAgo_IsFirstSeenAndOpensNothing_ANewRegistrationOpensItsCase()
    {
        // Ashdown holds EY100001 (registered 2015) and EY100002 (2016).
        var file = OfstedTestFiles.Csv(
            OfstedTestFiles.Row(("Provider URN", "EY100001"), ("Local authority", "Ashdown")),
            OfstedTestFiles.Row(("Provider URN", "EY100002"), ("Local authority", "Ashdown")),
            OfstedTestFiles.Row(("Provider URN", "EY100003"), ("Provider name", "Old Oak Nursery"), ("Registration date", "05/06/2002"), ("Local authority", "Ashdown")),
            OfstedTestFiles.Row(("Provider URN", "EY100004"), ("Provider name", "New Leaf Nursery"), ("Registration date", "02/11/2026"), ("Local authority", "Ashdown")));

        var run = await ImportAsync(file, tenantId: app.World.TenantAId);
        Assert.Equal((2, 0), (run.Added, run.LeftRegister));
        var events = await app.WithDbAsync((db, _) => db.ChangeEvents.IgnoreQueryFilters().Where(e => e.ImportRunId == run.Id && e.Type != ChangeEventTypes.NewJudgement)
            .Join(db.Settings.IgnoreQueryFilters(), e => e.SettingId, s => s.Id, (e, s) => s.Reference + " " + e.Type).OrderBy(x => x).ToListAsync());
        Assert.Equal(["EY100003 first-seen", "EY100004 new-registration"], events);

        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
        var cases = await app.WithDbAsync((db, _) => db.Cases.IgnoreQueryFilters().Where(c => c.Setting!.Reference == "EY100003" || c.Setting!.Reference == "EY100004")
            .Select(c => c.Setting!.Reference).ToListAsync());
        Assert.Equal(["EY100004"], cases);
    }

    [Fact]
    public async Task ACheck_ListsTheSupportCasesTheImportWouldOpen_WithoutOpeningThem()
    {
        var downgrade = OfstedTestFiles.Csv(
            OfstedTestFiles.Row(("Provider URN", "EY100001"), ("Provider name", "Acorn Day Nursery"), ("Local authority", "Ashdown"),
                ("Most recent full: Inspection number", "1002"), ("Most recent full: Inspection date", "02/11/2026"), ("Most recent full: Overall effectiveness", "3")),
            OfstedTestFiles.Row(("Provider URN", "EY100002"), ("Local authority", "Ashdown")));

        var plan = await PreviewAsync(downgrade, app.World.TenantAId);

        Assert.Contains(plan.CasesOpening, c => c.StartsWith("Acorn Day Nursery (EY100001): ", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync((db, _) => db.Cases.IgnoreQueryFilters().AnyAsync(c => c.SettingId == app.World.SettingA1Id)));
        Assert.False(await app.WithDbAsync((db, _) => db.ChangeEvents.IgnoreQueryFilters().AnyAsync(e => e.SettingId == app.World.SettingA1Id && e.ProcessedAt == null)));
    }
}

public sealed class ImportGuardTestsOnSqlite(SqliteFixture app) : ImportGuardTests<SqliteFixture>(app);

public sealed class ImportGuardTestsOnPostgres(PostgresFixture app) : ImportGuardTests<PostgresFixture>(app);
