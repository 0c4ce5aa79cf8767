using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Instruments;

/// "Save and continue" pressed a moment after an item's autosave: the page read the sheet before the autosave wrote
/// the item's first answer, so both add that answer's row. The page's save is tried again on the sheet as it now is,
/// never an error page: the same answer is simply kept, and a different one is a conflict naming the item.
public abstract class SheetSaveRaceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly InstrumentDefinition Instrument = new("race-rating", "A rating scale", "1", "1", InstrumentLevel.Room,
        ScoringRule.EnvironmentRating, new ResponseScale(1, 7, []), "", "", "", false, [],
        [new("all", "All", [new("1", "Indoor space", "", false, []), new("2", "Furnishings", "", false, [])])]);

    private static readonly Dictionary<string, string?> NoIndicators = [];

    [Fact]
    public async Task Save_AfterAnAutosaveOfTheSameAnswer_SavesThePage()
    {
        var sheetId = await NewSheetAsync();

        var result = await SaveWhileAnotherSavesAsync(sheetId, autosaved: "5", page: [new ItemEntry("1", "5", null, NoIndicators, 0), new ItemEntry("2", "4", null, NoIndicators, 0)]);

        Assert.True(result.Succeeded);
        var answers = await app.WithDbAsync((db, _) => db.AuditAnswers.Where(a => a.SheetId == sheetId).OrderBy(a => a.ItemNumber).Select(a => a.Score).ToListAsync());
        Assert.Equal([5, 4], answers);
    }

    [Fact]
    public async Task Save_AfterAnotherSaveOfADifferentAnswer_IsAConflictNamingTheItem()
    {
        var sheetId = await NewSheetAsync();

        var result = await SaveWhileAnotherSavesAsync(sheetId, autosaved: "3", page: [new ItemEntry("1", "5", null, NoIndicators, 0), new ItemEntry("2", "4", null, NoIndicators, 0)]);

        Assert.Equal("1", Assert.Single(result.Conflicts).Number);
        var answers = await app.WithDbAsync((db, _) => db.AuditAnswers.Where(a => a.SheetId == sheetId).Select(a => a.Score).ToListAsync());
        Assert.Equal([3], answers);
    }

    private Task<int> NewSheetAsync() => app.WithDbAsync(async (db, _) =>
    {
        var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
        var audit = new Audit(setting, null, Instrument, AuditMode.ItemScores, new DateOnly(2026, 11, 20), "Test", app.Time.GetUtcNow());
        var sheet = audit.AddSheet(SheetKind.Observer, null, "Test");
        db.Audits.Add(audit);
        await db.SaveChangesAsync();
        return sheet.Id;
    });

    /// The page's request reads the sheet; the autosave of item 1 is saved; then the page's save runs.
    private Task<SaveResult> SaveWhileAnotherSavesAsync(int sheetId, string autosaved, List<ItemEntry> page) =>
        app.WithDbAsync(async (db, services) =>
        {
            var sheet = await LoadAsync(db, sheetId);
            var autosave = await app.WithDbAsync(async (other, otherServices) =>
                await otherServices.GetRequiredService<AuditSheetWork>().SaveAsync(Instrument, await LoadAsync(other, sheetId), [new ItemEntry("1", autosaved, null, NoIndicators, 0)], CancellationToken.None));
            Assert.True(autosave.Succeeded);
            return await services.GetRequiredService<AuditSheetWork>().SaveAsync(Instrument, sheet, page, CancellationToken.None);
        });

    private static Task<AuditSheet> LoadAsync(Ascent.Web.Data.AppDbContext db, int sheetId) =>
        db.AuditSheets.Include(s => s.Audit).Include(s => s.Answers).Include(s => s.Indicators).SingleAsync(s => s.Id == sheetId);
}

public sealed class SheetSaveRaceTestsOnSqlite(SqliteFixture app) : SheetSaveRaceTests<SqliteFixture>(app);

public sealed class SheetSaveRaceTestsOnPostgres(PostgresFixture app) : SheetSaveRaceTests<PostgresFixture>(app);
