using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Ascent.Web.Services.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ascent.Tests.Services.Imports.HandMadeRegister;

namespace Ascent.Tests.Services.Imports;

/// Reverting an import: the register goes back to what it was, and the cases its events opened or closed are listed.
/// Each test uses its own local authority (imported for every LA), so tests do not see each other's settings.
public abstract class ImportUndoTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private Task<int> RevertAsync(long runId) =>
        app.WithDbAsync((db, services) => services.GetRequiredService<ImportUndo>().RevertAsync(runId, CancellationToken.None));

    /// Everything Ascent holds for an LA's settings, as text to compare: each setting's columns (but the groupings
    /// people edit and their concurrency version), its inspections with their grades, and its enforcement records.
    private Task<List<string>> RegisterOfAsync(string la) => app.WithDbAsync(async (db, _) =>
    {
        string[] peoples = [nameof(Setting.District), nameof(Setting.Ward), nameof(Setting.LocalityPartnership), nameof(Setting.Version)];
        var settings = await db.Settings.Include(s => s.Inspections).ThenInclude(i => i.Grades).Include(s => s.EnforcementEvents)
            .Where(s => db.Tenants.Any(t => t.Id == s.TenantId && t.RegisterName == la)).OrderBy(s => s.Reference).AsSplitQuery().ToListAsync();
        return settings.Select(s => string.Join("; ", db.Entry(s).Properties.Where(p => !peoples.Contains(p.Metadata.Name)).Select(p => $"{p.Metadata.Name}={p.CurrentValue}"))
            + " | " + string.Join("; ", s.Inspections.OrderBy(i => i.Id).Select(i => $"{i.Id} {i.Number} {i.Date} {i.OverallGrade} [{string.Join(",", i.Grades.OrderBy(g => g.AreaCode).Select(g => $"{g.Id}:{g.AreaCode}={g.GradeCode}"))}]"))
            + " | " + string.Join("; ", s.EnforcementEvents.Select(e => $"{e.Id} {e.Kind} {e.Date}"))).ToList();
    });

    [Fact]
    public async Task Revert_PutsEverySettingBackExactlyAsAfterThePreviousImport()
    {
        await app.ImportAsync(Batch(
            Record("Undo-One", "EY700001", "Changes", Full("71", new DateOnly(2022, 5, 1), "2")),
            Record("Undo-One", "EY700002", "Regraded", Full("72", new DateOnly(2023, 1, 9), "2")),
            Record("Undo-One", "EY700003", "Leaves"),
            Record("Undo-One", "EY700004", "Stays")));
        var afterA = await RegisterOfAsync("Undo-One");

        var changed = Record("Undo-One", "EY700001", "Changes Renamed", Full("71", new DateOnly(2022, 5, 1), "2"), Full("710", new DateOnly(2024, 10, 2), "3")) with { Postcode = "ZZ9 9ZZ", Places = 45 };
        var b = await app.ImportAsync(Batch(
            changed,
            Record("Undo-One", "EY700002", "Regraded", Full("72", new DateOnly(2023, 1, 9), "1")),
            Record("Undo-One", "EY700004", "Stays"),
            Record("Undo-One", "EY700005", "Newcomer", Full("75", new DateOnly(2024, 3, 3), "2"))), confirmLeavers: 1);
        Assert.Equal((1, 2, 1, 1), (b.Added, b.Updated, b.Unchanged, b.LeftRegister));
        Assert.NotEqual(afterA, await RegisterOfAsync("Undo-One"));
        // Someone sets a grouping between the import and its revert: theirs to keep.
        await app.WithDbAsync(async (db, _) =>
        {
            (await db.Settings.SingleAsync(s => s.Reference == "EY700001")).ChangeGroupings("North", null, null);
            return await db.SaveChangesAsync();
        });

        await RevertAsync(b.Id);

        // The newcomer is gone, or, if the pathways opened a case for it meanwhile, kept off the register.
        Assert.Equal(afterA, (await RegisterOfAsync("Undo-One")).Where(s => !s.Contains("Reference=EY700005", StringComparison.Ordinal)).ToList());
        var (district, onRegister, status, pending) = await app.WithDbAsync(async (db, _) => (
            await db.Settings.Where(s => s.Reference == "EY700001").Select(s => s.District).SingleAsync(),
            await db.Settings.AnyAsync(s => s.Reference == "EY700005" && s.LeftRegisterOn == null),
            await db.ImportRuns.Where(r => r.Id == b.Id).Select(r => r.Status).SingleAsync(),
            await db.ChangeEvents.CountAsync(e => e.ImportRunId == b.Id && e.ProcessedAt == null)));
        Assert.Equal("North", district);
        Assert.False(onRegister);
        Assert.Equal(ImportStatus.Reverted, status);
        Assert.Equal(0, pending);
    }

    [Fact]
    public async Task ARunFollowedByAnother_CannotBeReverted_ButTheLatestCan()
    {
        var a = await app.ImportAsync(Batch(Record("Undo-Two", "EY710001", "One", Full("81", new DateOnly(2022, 5, 1), "2"))));
        var b = await app.ImportAsync(Batch(Record("Undo-Two", "EY710001", "One", Full("81", new DateOnly(2022, 5, 1), "3"))));

        var refused = await Assert.ThrowsAsync<ImportException>(() => RevertAsync(a.Id));
        Assert.Equal("Another import has run since this one. Only the latest import can be reverted.", refused.Message);
        Assert.Equal("3", await app.WithDbAsync((db, _) => db.Settings.Where(s => s.Reference == "EY710001").Select(s => s.LatestOverallGrade).SingleAsync()));

        await RevertAsync(b.Id);
        Assert.Equal("2", await app.WithDbAsync((db, _) => db.Settings.Where(s => s.Reference == "EY710001").Select(s => s.LatestOverallGrade).SingleAsync()));
        var again = await Assert.ThrowsAsync<ImportException>(() => RevertAsync(b.Id));
        Assert.Equal("This import has been reverted.", again.Message);
    }

    [Fact]
    public async Task Revert_ListsTheCasesItsEventsOpenedAndClosed_AndChangesNoCase()
    {
        await app.ImportAsync(Batch(Record("Undo-Three", "EY720001", "Falls", Full("91", new DateOnly(2022, 5, 1), "2")), Record("Undo-Three", "EY720002", "Recovers", Full("92", new DateOnly(2022, 6, 1), "2"))));
        await app.ImportAsync(Batch(Record("Undo-Three", "EY720001", "Falls", Full("91", new DateOnly(2022, 5, 1), "2")),
            Record("Undo-Three", "EY720002", "Recovers", Full("92", new DateOnly(2022, 6, 1), "2"), Full("920", new DateOnly(2024, 2, 1), "3"))));
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
        var b = await app.ImportAsync(Batch(Record("Undo-Three", "EY720001", "Falls", Full("91", new DateOnly(2022, 5, 1), "2"), Full("910", new DateOnly(2024, 9, 1), "3")),
            Record("Undo-Three", "EY720002", "Recovers", Full("92", new DateOnly(2022, 6, 1), "2"), Full("920", new DateOnly(2024, 2, 1), "3"), Full("921", new DateOnly(2024, 10, 1), "2"))));
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
        var before = await CasesAsync();
        Assert.Contains(before, c => c is { Reference: "EY720001", PathwayCode: "requires-improvement", Status: CaseStatus.Open });
        Assert.Contains(before, c => c is { Reference: "EY720002", PathwayCode: "requires-improvement", Status: CaseStatus.Closed });

        var listed = await RevertAsync(b.Id);

        Assert.Equal(before, await CasesAsync());
        var reviews = await app.WithDbAsync((db, services) => services.GetRequiredService<ImportUndo>().CasesToReview(b.Id, null).ToListAsync());
        Assert.Equal(listed, reviews.Count);
        Assert.Contains(reviews, r => r is { SettingReference: "EY720001", Kind: ImportChangeKinds.CaseOpened, Status: CaseStatus.Open, Decision: null });
        Assert.Contains(reviews, r => r is { SettingReference: "EY720002", Kind: ImportChangeKinds.CaseClosed, Status: CaseStatus.Closed, Decision: null });
        Assert.DoesNotContain(reviews, r => r.SettingReference == "EY720002" && r.Kind == ImportChangeKinds.CaseOpened && r.PathwayName.Contains("requires", StringComparison.OrdinalIgnoreCase));
    }

    private Task<List<(string Reference, string PathwayCode, CaseStatus Status)>> CasesAsync() => app.WithDbAsync(async (db, _) =>
        (await db.Cases.Where(c => EF.Functions.Like(c.Setting!.Reference, "EY7200%")).OrderBy(c => c.Id)
            .Select(c => new { c.Setting!.Reference, c.PathwayCode, c.Status }).ToListAsync())
        .Select(c => (c.Reference, c.PathwayCode, c.Status)).ToList());
}

public sealed class ImportUndoTestsOnSqlite(SqliteFixture app) : ImportUndoTests<SqliteFixture>(app);

public sealed class ImportUndoTestsOnPostgres(PostgresFixture app) : ImportUndoTests<PostgresFixture>(app);
