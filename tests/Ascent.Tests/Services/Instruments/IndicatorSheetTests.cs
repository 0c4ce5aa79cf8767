using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Instruments;

/// A sheet recorded by indicators (an instrument with indicator texts, as a licensed LA's would be): what is refused
/// saves nothing, and a full enough answer stores the item's score and the indicator that decided it.
public abstract class IndicatorSheetTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly InstrumentDefinition Instrument = new("licensed-rating", "A licensed rating scale", "1", "1", InstrumentLevel.Room,
        ScoringRule.EnvironmentRating, new ResponseScale(1, 7, []), "", "", "", false, [],
        [new("all", "All", [new("1", "Indoor space", "", false,
        [
            new("1.1", 1, 1, false, "Too little space"),
            new("3.1", 3, 1, false, "Enough space"),
            new("3.2", 3, 2, true, "Space used well"),
            new("5.1", 5, 1, false, "Ample space"),
            new("7.1", 7, 1, false, "Natural light"),
        ])])]);

    [Fact]
    public async Task IndicatorsAreCheckedThenScored_AndTheDecidingIndicatorKept()
    {
        var sheetId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var audit = new Audit(setting, null, Instrument, AuditMode.Indicators, new DateOnly(2026, 11, 20), "Test", app.Time.GetUtcNow());
            var sheet = audit.AddSheet(SheetKind.Observer, null, "Test");
            db.Audits.Add(audit);
            await db.SaveChangesAsync();
            return sheet.Id;
        });

        var refused = await SaveAsync(sheetId, new() { ["1.1"] = "no", ["3.1"] = "na" }, version: 0);
        Assert.Equal(["Item 1, Indoor space: indicator 3.1 cannot be not applicable"], refused.Errors.Select(e => e.Message));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.AuditIndicatorAnswers.CountAsync(a => a.SheetId == sheetId)));

        var partial = await SaveAsync(sheetId, new() { ["1.1"] = "no", ["3.1"] = "yes" }, version: 0);
        Assert.True(partial.Succeeded);
        Assert.Null(partial.Saved[0].Score);
        Assert.Equal("indicator 3.2 needs an answer.", partial.Saved[0].ScoreReason);

        var scored = await SaveAsync(sheetId, new() { ["1.1"] = "no", ["3.1"] = "yes", ["3.2"] = "na", ["5.1"] = "no" }, version: 1);
        Assert.True(scored.Succeeded);
        Assert.Equal(3, scored.Saved[0].Score);
        Assert.Equal("5.1", scored.Saved[0].DecidedBy);
        var stored = await app.WithDbAsync((db, _) => db.AuditAnswers.SingleAsync(a => a.SheetId == sheetId));
        Assert.Equal((3, "5.1", 2), (stored.Score!.Value, stored.DecidedBy!, stored.Version));
        Assert.Equal(4, await app.WithDbAsync((db, _) => db.AuditIndicatorAnswers.CountAsync(a => a.SheetId == sheetId)));

        // A page still showing version 1 is refused: another change came first.
        var stale = await SaveAsync(sheetId, new() { ["1.1"] = "yes" }, version: 1);
        Assert.Single(stale.Conflicts);
    }

    private Task<SaveResult> SaveAsync(int sheetId, Dictionary<string, string?> indicators, int version) =>
        app.WithDbAsync(async (db, services) =>
        {
            var sheet = await db.AuditSheets.Include(s => s.Audit).Include(s => s.Answers).Include(s => s.Indicators).SingleAsync(s => s.Id == sheetId);
            return await services.GetRequiredService<AuditSheetWork>().SaveAsync(Instrument, sheet, [new ItemEntry("1", "", null, indicators, version)], CancellationToken.None);
        });
}

public sealed class IndicatorSheetTestsOnSqlite(SqliteFixture app) : IndicatorSheetTests<SqliteFixture>(app);

public sealed class IndicatorSheetTestsOnPostgres(PostgresFixture app) : IndicatorSheetTests<PostgresFixture>(app);
