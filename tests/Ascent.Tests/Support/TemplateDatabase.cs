using System.Data.Common;
using Ascent.Web.Data;
using Ascent.Web.Data.Migrations;
using Ascent.Web.Domain.Email;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Ascent.Tests.Support;

/// <summary>
/// The databases every fixture starts from, made once per provider per test run; each fixture gets its own copy
/// (SQLite: a file copy; PostgreSQL: <c>CREATE DATABASE … TEMPLATE</c>).
/// <list type="bullet">
/// <item>Migrated: the migrations applied to an empty database. Demo fixtures start here, and Ascent seeds its demo.</item>
/// <item>World: the migrated database after a first start of Ascent (its roles and data-protection key) with the
/// TestWorld seeded in (WorldSeed), which every other fixture starts from.</item>
/// </list>
/// Either way, Ascent's start-up finds nothing to migrate.
/// </summary>
public static class TemplateDatabase
{
    private static readonly Lazy<Task<string>> SqliteFile = new(() => Task.Run(CreateSqliteAsync));
    private static readonly Lazy<Task<string>> PostgresName = new(() => Task.Run(CreatePostgresAsync));
    private static readonly Lazy<Task<(string File, TestWorld World)>> SqliteWorld = new(() => Task.Run(CreateSqliteWorldAsync));
    private static readonly Lazy<Task<(string Name, TestWorld World)>> PostgresWorld = new(() => Task.Run(CreatePostgresWorldAsync));

    /// <summary>
    /// Copies a template to <paramref name="file"/>: the one with the TestWorld if <paramref name="world"/> is given
    /// (which then receives the world's ids and keys), else the merely migrated one.
    /// </summary>
    public static async Task CopySqliteToAsync(string file, TestWorld? world = null)
    {
        if (world is null)
        {
            File.Copy(await SqliteFile.Value, file);
            return;
        }

        var template = await SqliteWorld.Value;
        File.Copy(template.File, file);
        world.CopyFrom(template.World);
    }

    /// <summary>Makes a new PostgreSQL database from a template (as <see cref="CopySqliteToAsync"/>) and returns its connection string.</summary>
    public static async Task<string> ClonePostgresAsync(TestWorld? world = null)
    {
        var server = await PostgresServer.GetAsync();
        if (world is null)
            return await server.CreateDatabaseAsync(await PostgresName.Value);

        var template = await PostgresWorld.Value;
        var connectionString = await server.CreateDatabaseAsync(template.Name);
        world.CopyFrom(template.World);
        return connectionString;
    }

    private static async Task<string> CreateSqliteAsync()
    {
        var file = Path.Combine(NewFolder(), "ascent.db");
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

    private static async Task<(string File, TestWorld World)> CreateSqliteWorldAsync()
    {
        var folder = NewFolder();
        var file = Path.Combine(folder, "ascent.db");
        File.Copy(await SqliteFile.Value, file);
        var connectionString = $"Data Source={file};Pooling=False";
        var world = await SeedWorldAsync(new()
        {
            ["Ascent:DataDirectory"] = folder,
            ["Ascent:Database:Provider"] = "Sqlite",
            ["Ascent:Database:ConnectionString"] = connectionString,
        });
        await using (var connection = new SqliteConnection(connectionString))
            await ForgetSchedulerAsync(connection);
        return (file, world);
    }

    private static async Task<(string Name, TestWorld World)> CreatePostgresWorldAsync()
    {
        var server = await PostgresServer.GetAsync();
        var unpooled = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync(await PostgresName.Value)) { Pooling = false };
        var world = await SeedWorldAsync(new()
        {
            ["Ascent:DataDirectory"] = NewFolder(),
            ["Ascent:Database:Provider"] = "Postgres",
            ["Ascent:Database:ConnectionString"] = unpooled.ConnectionString,
        });
        await using (var connection = new NpgsqlConnection(unpooled.ConnectionString))
            await ForgetSchedulerAsync(connection);
        return (unpooled.Database!, world);
    }

    /// Starts Ascent once on the database (creating its roles and first data-protection key, as on any first start),
    /// seeds the TestWorld and stops it again.
    private static async Task<TestWorld> SeedWorldAsync(Dictionary<string, string?> database)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var settings = AscentFixture.BaseSettings(smtp);
        foreach (var (key, value) in database)
            settings[key] = value;
        await using var host = new AscentFactory(settings, new FakeTimeProvider(AscentFixture.Start));
        var world = await WorldSeed.SeedAsync(host.Services);

        // A copy must start as a fresh database would: with nothing waiting to be sent.
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Test");
        if (await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AnyAsync())
            throw new InvalidOperationException("Seeding the TestWorld queued e-mail; the template would send it again in every fixture.");
        return world;
    }

    /// The first start registered its Quartz scheduler instance and trigger; each fixture's Ascent registers its own,
    /// as on a new database, rather than finding a departed instance to recover.
    private static async Task ForgetSchedulerAsync(DbConnection connection)
    {
        await connection.OpenAsync();
        foreach (var table in QuartzSchema.Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM {QuartzSchema.TablePrefix}{table}";
            await command.ExecuteNonQueryAsync();
        }
    }

    private static string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("ascent-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    }

    private static CurrentUser NoOne() => new(new HttpContextAccessor());
}
