using Ascent.Tests.Support;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Data;

public abstract class DatabaseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        Assert.False(await app.WithDbAsync((db, _) => Task.FromResult(db.Database.HasPendingModelChanges())),
            $"Add a migration for {app.ProviderName} (see docs/development.md)");
    }

    [Fact]
    public async Task SavingAChange_AndItsAuditEntry_HappenTogether()
    {
        var settingId = app.World.SettingA2Id;
        var key = settingId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await app.WithDbAsync((db, _) => db.AuditEntries.CountAsync(a => a.EntityType == "Setting" && a.EntityId == key));
        await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.SingleAsync(s => s.Id == settingId);
            setting.Rename("Bramble Pre-school and Nursery");
            return await db.SaveChangesAsync();
        });
        var entry = await app.WithDbAsync((db, _) => db.AuditEntries.Where(a => a.EntityType == "Setting" && a.EntityId == key).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal("Updated", entry.Action);
        Assert.Equal("{\"Name\":\"Bramble Pre-school\"}", entry.OldValues);
        Assert.Equal("{\"Name\":\"Bramble Pre-school and Nursery\"}", entry.NewValues);
        Assert.Equal("Test", entry.ActorName);
        Assert.Equal(before + 1, await app.WithDbAsync((db, _) => db.AuditEntries.CountAsync(a => a.EntityType == "Setting" && a.EntityId == key)));
    }

    [Fact]
    public async Task AFailedSave_LeavesNoAuditEntryBehind()
    {
        var count = await app.WithDbAsync((db, _) => db.AuditEntries.CountAsync());
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async (db, _) =>
        {
            // Same URN twice in one LA breaks the unique index.
            db.Settings.Add(new Setting(app.World.TenantAId, "EY999999", "First", "Childminder", null));
            db.Settings.Add(new Setting(app.World.TenantAId, "EY999999", "Second", "Childminder", null));
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(count, await app.WithDbAsync((db, _) => db.AuditEntries.CountAsync()));
    }
}

public sealed class DatabaseTestsOnSqlite(SqliteFixture app) : DatabaseTests<SqliteFixture>(app);

public sealed class DatabaseTestsOnPostgres(PostgresFixture app) : DatabaseTests<PostgresFixture>(app);
