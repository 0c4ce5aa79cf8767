using Ascent.Web.Data;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ascent.Tests.Support;

/// <summary>
/// The migrated, empty database every fixture starts from: the migrations run once per provider per test run,
/// into a template, and each fixture gets its own copy (SQLite: a file copy; PostgreSQL:
/// <c>CREATE DATABASE … TEMPLATE</c>). Ascent's start-up then finds nothing left to migrate.
/// </summary>
public static class TemplateDatabase
{
    private static readonly Lazy<Task<string>> SqliteFile = new(() => Task.Run(CreateSqliteAsync));
    private static readonly Lazy<Task<string>> PostgresName = new(() => Task.Run(CreatePostgresAsync));

    /// <summary>Copies the migrated SQLite database to <paramref name="file"/>.</summary>
    public static async Task CopySqliteToAsync(string file) => File.Copy(await SqliteFile.Value, file);

    /// <summary>Makes a new PostgreSQL database from the migrated template and returns its connection string.</summary>
    public static async Task<string> ClonePostgresAsync()
    {
        var template = await PostgresName.Value;
        var server = await PostgresServer.GetAsync();
        return await server.CreateDatabaseAsync(template);
    }

    private static async Task<string> CreateSqliteAsync()
    {
        var folder = Directory.CreateTempSubdirectory("ascent-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var file = Path.Combine(folder, "ascent.db");
        // No pooling: once the context is disposed nothing holds the file, so the copies are complete.
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={file};Pooling=False")
            .UseApplicationServiceProvider(DesignTimeServices.Identity)
            .Options;
        await using (var db = new SqliteAppDbContext(options, NoOne(), TimeProvider.System))
            await db.Database.MigrateAsync();
        return file;
    }

    private static async Task<string> CreatePostgresAsync()
    {
        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync();
        // No pooling: PostgreSQL copies a template only while no session is connected to it.
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>()
            .UseNpgsql(unpooled.ConnectionString)
            .UseApplicationServiceProvider(DesignTimeServices.Identity)
            .Options;
        await using (var db = new PostgresAppDbContext(options, NoOne(), TimeProvider.System))
            await db.Database.MigrateAsync();
        return unpooled.Database!;
    }

    private static CurrentUser NoOne() => new(new HttpContextAccessor());
}
