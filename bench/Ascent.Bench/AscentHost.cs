using Ascent.Web.Data;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ascent.Bench;

/// Ascent's services without an HTTP server: the app's own AddAscent() on a given database, migrated as at start-up.
public static class AscentHost
{
    public static async Task<WebApplication> StartAsync(string provider, string? connectionString, string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = dataDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ascent:Database:Provider"] = provider,
            ["Ascent:Database:ConnectionString"] = connectionString,
            ["Ascent:DataDirectory"] = dataDirectory,
            ["Ascent:DemoMode"] = "false",
        });
        builder.AddAscent();
        // Production logging writes JSON per event; the bench's own output is the table, so only warnings. EF Core logs
        // an error when it first looks for the migrations history table of a new database: expected, so hidden.
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        var app = builder.Build();
        await DatabaseSetup.PrepareAsync(app.Services);
        await WidenTelephoneAsync(app.Services);
        return app;
    }

    // One row of the 2021 register has a 60-character telephone ("07784499403 (in session time) or …"), and the
    // Register migration made the column varchar(50), so the first import fails whole on PostgreSQL (SQLite does not
    // enforce lengths). Until a migration widens it, the bench widens it, so that it measures the import and not that
    // bug; once the column is wider this does nothing, and it can go.
    private static async Task WidenTelephoneAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Database.IsNpgsql())
            return;
        await db.Database.ExecuteSqlRawAsync("""
            DO $$ BEGIN
              IF (SELECT character_maximum_length FROM information_schema.columns WHERE table_name = 'Settings' AND column_name = 'Telephone') < 200 THEN
                ALTER TABLE "Settings" ALTER COLUMN "Telephone" TYPE varchar(200);
              END IF;
            END $$
            """);
    }
}
