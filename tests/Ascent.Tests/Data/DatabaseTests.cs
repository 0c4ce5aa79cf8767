using Ascent.Tests.Support;
using Ascent.Web.Data;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
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
    public async Task EveryEntity_SaysWhoseItIs_OrIsFilteredByHand()
    {
        var types = await app.WithDbAsync((db, _) => Task.FromResult(db.Model.GetEntityTypes().Where(t => !t.IsOwned()).ToList()));
        Assert.Contains(types, t => t.ClrType == typeof(Setting));
        foreach (var type in types)
        {
            var byInterface = AppDbContext.RuleFor(type.ClrType) is not null;
            var byHand = AppDbContext.FilteredByHand.Contains(type.ClrType);
            var unfiltered = AppDbContext.NotFiltered.Contains(type.ClrType);
            // A rule written by hand wins over the entity's interfaces (a note of visit is a setting's, but only once issued).
            Assert.True(new[] { byInterface && !byHand, byHand, unfiltered }.Count(b => b) == 1,
                $"{type.ClrType.Name} must say whose it is by one interface of Domain/Tenancy/ITenantOwned.cs, or be named once in AppDbContext.Filters.cs");
            Assert.True(unfiltered == (type.GetDeclaredQueryFilters().Count == 0), $"{type.ClrType.Name}: filtered {!unfiltered}, but has {type.GetDeclaredQueryFilters().Count} filters");
        }
        Assert.All(AppDbContext.FilteredByHand.Concat(AppDbContext.NotFiltered), t => Assert.Contains(types, e => e.ClrType == t));
    }

    [Fact]
    public void TheLocalAuthoritysWork_IsNeverASettingsOwn_EvenWhenItIsAboutOne()
    {
        Assert.Equal(nameof(ILocalAuthorityOnly), AppDbContext.RuleFor(typeof(Ascent.Web.Domain.Cases.SupportCase)));
        Assert.Equal("FilterPublishedToSetting", AppDbContext.RuleFor(typeof(Ascent.Web.Domain.Visits.Recommendation)));
        Assert.Equal("FilterBySetting", AppDbContext.RuleFor(typeof(Inspection)));
        Assert.Equal("FilterByTenant", AppDbContext.RuleFor(typeof(Ascent.Web.Domain.Calendar.SchoolTerm)));
        Assert.Null(AppDbContext.RuleFor(typeof(Setting)));
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
