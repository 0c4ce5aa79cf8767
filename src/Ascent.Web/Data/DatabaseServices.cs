using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ascent.Web.Data;

public static class DatabaseServices
{
    // Migrating checks the model against the last migration's snapshot, a second model built and compared on every
    // start (about a second). The tests check for pending model changes instead (Data/DatabaseTests).
    private static void SkipModelCheck(WarningsConfigurationBuilder warnings) => warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    /// Returns the connection string, which Quartz's job store shares.
    public static string AddAscentDatabase(this IServiceCollection services, AscentOptions options, string dataDirectory)
    {
        switch (options.Database.Provider)
        {
            case DatabaseProvider.Postgres:
                var connectionString = options.Database.ConnectionString
                    ?? throw new InvalidOperationException("Set Ascent:Database:ConnectionString to use PostgreSQL.");
                services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<OutboxWakeInterceptor>()).ConfigureWarnings(SkipModelCheck));
                return connectionString;
            default:
                Directory.CreateDirectory(dataDirectory);
                var sqlite = options.Database.ConnectionString ?? $"Data Source={Path.Combine(dataDirectory, "ascent.db")}";
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o.UseSqlite(sqlite).AddInterceptors(sp.GetRequiredService<OutboxWakeInterceptor>()).ConfigureWarnings(SkipModelCheck));
                return sqlite;
        }
    }
}
