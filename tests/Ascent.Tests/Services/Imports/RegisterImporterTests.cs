using Ascent.Tests.Support;
using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ascent.Tests.Services.Imports.HandMadeRegister;

namespace Ascent.Tests.Services.Imports;

/// The import engine on hand-made records: what a second import of a register changes, and what it tells.
/// Each test uses its own local authority (from the all-LA import), so tests do not see each other's data.
public abstract class RegisterImporterTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private Task<List<ChangeEvent>> EventsAsync(string la) =>
        app.WithDbAsync((db, _) => db.ChangeEvents.Where(e => db.Tenants.Any(t => t.Id == e.TenantId && t.RegisterName == la)).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task FirstImport_IsABaseline_AndASecondIdenticalImportChangesNothing()
    {
        var batch = Batch(Record("Alpha", "EY000001", "One", Full("1", new DateOnly(2022, 5, 1), "2")), Record("Alpha", "EY000002", "Two"));
        var first = await app.ImportAsync(batch);
        Assert.True(first.IsBaseline);
        Assert.Equal((2, 0, 0, 0), (first.Added, first.Updated, first.Unchanged, first.Events));
        Assert.Empty(await EventsAsync("Alpha"));

        var second = await app.ImportAsync(batch);
        Assert.False(second.IsBaseline);
        Assert.Equal((0, 0, 2, 0), (second.Added, second.Updated, second.Unchanged, second.Events));
        Assert.Equal("2 rows: 0 added, 0 updated, 2 unchanged, 0 rejected", second.Summary);

        var setting = await app.WithDbAsync((db, _) => db.Settings.Include(s => s.Inspections).ThenInclude(i => i.Grades).SingleAsync(s => s.Reference == "EY000001"));
        Assert.Equal(("ofsted-eif-2019", "2", new DateOnly(2022, 5, 1)), (setting.LatestFrameworkCode, setting.LatestOverallGrade, setting.LatestInspectionDate));
        Assert.Equal(2, Assert.Single(setting.Inspections).Grades.Count);
    }

    [Fact]
    public async Task ChangedGrade_RaisesExactlyOneJudgementChangedEvent()
    {
        await app.ImportAsync(Batch(Record("Beta", "EY000101", "One", Full("11", new DateOnly(2022, 5, 1), "2")), Record("Beta", "EY000102", "Two")));
        var run = await app.ImportAsync(Batch(Record("Beta", "EY000101", "One", Full("11", new DateOnly(2022, 5, 1), "3")), Record("Beta", "EY000102", "Two")));
        Assert.Equal((0, 1, 1), (run.Added, run.Updated, run.Unchanged));
        var change = Assert.Single(await EventsAsync("Beta"));
        Assert.Equal(ChangeEventTypes.JudgementChanged, change.Type);
        Assert.Contains("overall=3", change.Payload, StringComparison.Ordinal);
        Assert.Equal("3", await app.WithDbAsync((db, _) => db.Settings.Where(s => s.Reference == "EY000101").Select(s => s.LatestOverallGrade).SingleAsync()));
    }

    [Fact]
    public async Task LaterFile_AddsNewRegistrationsNewJudgementsAndLeavers()
    {
        await app.ImportAsync(Batch(Record("Gamma", "EY000201", "Stays", Full("21", new DateOnly(2021, 3, 1), "2")), Record("Gamma", "EY000202", "Leaves")));
        var run = await app.ImportAsync(Batch(
            Record("Gamma", "EY000201", "Stays", Full("21", new DateOnly(2021, 3, 1), "2"), Full("22", new DateOnly(2024, 9, 9), "3")),
            Record("Gamma", "EY000203", "Newcomer") with { RegisteredOn = new DateOnly(2024, 10, 1) }), confirmLeavers: 1);
        Assert.Equal((1, 1, 0, 1), (run.Added, run.Updated, run.Unchanged, run.LeftRegister));
        var saved = await app.WithDbAsync((db, _) => db.ImportRuns.SingleAsync(r => r.Id == run.Id));
        Assert.Equal((ImportStatus.Succeeded, 1, 1, 1, 3), (saved.Status, saved.Added, saved.Updated, saved.LeftRegister, saved.Events));
        var types = (await EventsAsync("Gamma")).Select(e => e.Type).Order().ToList();
        Assert.Equal([ChangeEventTypes.LeftRegister, ChangeEventTypes.NewJudgement, ChangeEventTypes.NewRegistration], types);
        var leaver = await app.WithDbAsync((db, _) => db.Settings.SingleAsync(s => s.Reference == "EY000202"));
        Assert.NotNull(leaver.LeftRegisterOn);
        Assert.Equal(SettingStatus.Resigned, leaver.Status);
        var stays = await app.WithDbAsync((db, _) => db.Settings.SingleAsync(s => s.Reference == "EY000201"));
        Assert.Equal(("3", new DateOnly(2024, 9, 9)), (stays.LatestOverallGrade, stays.LatestInspectionDate));
    }

    [Fact]
    public async Task ImportForOneLa_CountsAndSkipsOtherLasRows()
    {
        var tenantId = await app.WithDbAsync(async (db, _) => await db.Tenants.Where(t => t.RegisterName == "Ashdown").Select(t => t.Id).SingleAsync());
        // Ashdown's two settings are not in the file: confirmed as leavers, as the import asks.
        var run = await app.ImportAsync(Batch(Record("Ashdown", "EY000301", "Ours"), Record("Elsewhere", "EY000302", "Theirs")), tenantId, confirmLeavers: 2);
        Assert.Equal((1, 1), (run.Added, run.OtherLocalAuthorities));
        Assert.False(await app.WithDbAsync((db, _) => db.Settings.AnyAsync(s => s.Reference == "EY000302")));
        Assert.False(await app.WithDbAsync((db, _) => db.Tenants.AnyAsync(t => t.RegisterName == "Elsewhere")));
    }

    [Fact]
    public async Task AFailureHalfWay_LeavesTheRegisterAsItWas_AndTheRunMarkedFailed()
    {
        // A row the database refuses (no provider type) after a good one has been written in the same import.
        var broken = Record("Delta", "EY000402", "Broken") with { ProviderType = null! };
        await Assert.ThrowsAnyAsync<Exception>(() => app.ImportAsync(Batch(Record("Delta", "EY000401", "Fine"), broken)));
        Assert.False(await app.WithDbAsync((db, _) => db.Settings.AnyAsync(s => s.Reference == "EY000401")));
        var run = await app.WithDbAsync((db, _) => db.ImportRuns.OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(ImportStatus.Failed, run.Status);
    }

    [Fact]
    public async Task ARowTooLongForTheRegister_IsRejectedWithItsLine_AndTheRestImported()
    {
        var longPhone = Record("Zeta", "EY000601", "Chatty") with
        {
            Telephone = new string('7', 250),
            Origin = new RejectedRow("zeta.csv", 42, "", "raw row"),
        };
        var run = await app.ImportAsync(Batch(longPhone, Record("Zeta", "EY000602", "Fine")));
        Assert.Equal((1, 1), (run.Added, run.Rejected));
        var rejected = await app.WithDbAsync((db, _) => db.ImportRejectedRows.SingleAsync(r => r.ImportRunId == run.Id));
        Assert.Equal(("zeta.csv", 42, "raw row"), (rejected.FileName, rejected.LineNumber, rejected.RawLine));
        Assert.StartsWith("Telephone is 250 characters long", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LaStaff_CannotImportForEveryLa()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var importer = scope.ServiceProvider.GetRequiredService<RegisterImporter>();
        await Assert.ThrowsAsync<ImportException>(() => importer.ImportAsync(Batch(Record("Epsilon", "EY000501", "X")), tenantId: null));
        Assert.False(scope.ServiceProvider.GetRequiredService<CurrentUser>().IsSystem);
    }
}

public sealed class RegisterImporterTestsOnSqlite(SqliteFixture app) : RegisterImporterTests<SqliteFixture>(app);

public sealed class RegisterImporterTestsOnPostgres(PostgresFixture app) : RegisterImporterTests<PostgresFixture>(app);
