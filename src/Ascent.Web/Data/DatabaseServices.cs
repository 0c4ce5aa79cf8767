using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

public static class DatabaseServices
{
    /// Returns the connection string, which Quartz's job store shares.
    public static string AddAscentDatabase(this IServiceCollection services, AscentOptions options, string dataDirectory)
    {
        switch (options.Database.Provider)
        {
            case DatabaseProvider.Postgres:
                var connectionString = options.Database.ConnectionString
                    ?? throw new InvalidOperationException("Set Ascent:Database:ConnectionString to use PostgreSQL.");
                services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<OutboxWakeInterceptor>()));
                return connectionString;
            default:
                Directory.CreateDirectory(dataDirectory);
                var sqlite = options.Database.ConnectionString ?? $"Data Source={Path.Combine(dataDirectory, "ascent.db")}";
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o.UseSqlite(sqlite).AddInterceptors(sp.GetRequiredService<OutboxWakeInterceptor>()));
                return sqlite;
        }
    }
}
