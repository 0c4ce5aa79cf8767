using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ascent.Web.Data;

// EF Core keeps one migrations set per context type, and each provider needs its own SQL,
// so each provider gets a subclass and its own Migrations/<Provider> folder (see docs/adr/0002).
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, CurrentUser currentUser, TimeProvider time)
    : AppDbContext(options, currentUser, time)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or sort DateTimeOffset text; Ascent stores UTC only, so ticks order correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, CurrentUser currentUser, TimeProvider time)
    : AppDbContext(options, currentUser, time)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Trigram indexes let the settings search (name contains) use an index. EF Core cannot index the expressions
        // the search compares, so those indexes are SQL in the Initial migration.
        builder.HasPostgresExtension("pg_trgm");
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").UseApplicationServiceProvider(DesignTimeServices.Identity).Options,
            new CurrentUser(new HttpContextAccessor()), TimeProvider.System);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=ascent_design").UseApplicationServiceProvider(DesignTimeServices.Identity).Options,
            new CurrentUser(new HttpContextAccessor()), TimeProvider.System);
}

// Identity shapes its tables from IdentityOptions (passkeys need schema version 3); the tools must see what the app sees.
internal static class DesignTimeServices
{
    public static IServiceProvider Identity { get; } = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();
}
