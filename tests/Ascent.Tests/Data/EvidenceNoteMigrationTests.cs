using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ascent.Tests.Data;

/// The migration that gave each self-evaluation area its own version also replaced the free-text evidence box with a
/// short note: a text that fits becomes the note; a longer one gives the note its beginning and is kept whole, so no
/// one's words are lost. Run down and up again on a database with a draft in it, on each database.
public abstract class EvidenceNoteMigrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task FreeTextEvidence_BecomesTheNote_OrIsKeptWholeWhenLonger()
    {
        var settingId = app.World.SettingA2Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/self-evaluation"), formSelector: "main form[action*='handler=Start']");
        var areas = await app.WithDbAsync((db, _) => db.SelfEvaluationAreas.IgnoreQueryFilters().Where(a => a.SettingId == settingId)
            .ToDictionaryAsync(a => a.AreaCode, a => a.Id));
        var fits = "Room observations, June; parent survey";
        var exactly = new string('e', 500);
        var longer = "Minutes of every staff meeting since January.\n" + new string('m', 600) + " The end.";

        await app.WithDbAsync(async (db, _) =>
        {
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var ours = migrations.FindIndex(m => m.EndsWith("_SelfEvaluationAreaVersions", StringComparison.Ordinal));
            await migrator.MigrateAsync(migrations[ours - 1]);
            foreach (var (code, text) in new[] { ("inclusion", fits), ("achievement", exactly), ("safeguarding", longer) })
                await db.Database.ExecuteSqlRawAsync("UPDATE \"SelfEvaluationAreas\" SET \"Evidence\" = {0} WHERE \"Id\" = {1}", text, areas[code]);
            await migrator.MigrateAsync();
            return true;
        });

        var after = await app.WithDbAsync((db, _) => db.SelfEvaluationAreas.IgnoreQueryFilters().AsNoTracking().Where(a => a.SettingId == settingId)
            .ToDictionaryAsync(a => a.AreaCode, a => (a.EvidenceNote, a.EarlierEvidence)));
        Assert.Equal((fits, null), after["inclusion"]);
        Assert.Equal((exactly, null), after["achievement"]);
        var (note, earlier) = after["safeguarding"];
        Assert.Equal(longer, earlier);
        Assert.Equal(longer[..499] + "…", note);
        Assert.Equal((null, null), after["leadership-and-governance"]);

        // The form shows the note, and the whole earlier text beside it.
        var form = await owner.GetAsync($"/settings/{settingId}/self-evaluation/safeguarding");
        Assert.Equal(longer[..499] + "…", form.Document.QuerySelector("textarea[name=EvidenceNote]")!.TextContent.Trim());
        Assert.Contains(" The end.", form.Document.QuerySelector("main details")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class EvidenceNoteMigrationTestsOnSqlite(SqliteFixture app) : EvidenceNoteMigrationTests<SqliteFixture>(app);

public sealed class EvidenceNoteMigrationTestsOnPostgres(PostgresFixture app) : EvidenceNoteMigrationTests<PostgresFixture>(app);
