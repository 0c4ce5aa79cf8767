using System.Net;
using Ascent.Tests.Support;
using Npgsql;

namespace Ascent.Tests.Security;

/// A load balancer asks /health/ready whether to send a node traffic. With the database gone it must hear
/// "503 Service Unavailable", whatever cookie the request carries, never a 500 from somewhere on the way.
public abstract class HealthTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture, IDatabaseOutage
{
    [Fact]
    public async Task Ready_WhenTheDatabaseIsDown_Answers503_WithOrWithoutASignInCookie()
    {
        using var signedIn = app.NewBrowser();
        Assert.Equal("/", (await signedIn.SignInAsync(TestWorld.OwnerA1)).Url);
        using var anonymous = app.NewBrowser();
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/health/ready")).Status);

        await app.TakeDatabaseDownAsync();
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await signedIn.GetAsync("/health/ready")).Status);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health/ready")).Status);
            using var forged = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
            forged.Headers.Add("Cookie", "__Host-Ascent=not-a-real-cookie; __Host-Ascent.Antiforgery=nor-this");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.Client.SendAsync(forged)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/health/live")).Status);
        }
        finally
        {
            await app.BringDatabaseBackAsync();
        }
    }
}

/// A fixture whose database a test can take away and give back.
public interface IDatabaseOutage
{
    Task TakeDatabaseDownAsync();

    Task BringDatabaseBackAsync();
}

public sealed class OutageSqliteFixture : SqliteFixture, IDatabaseOutage
{
    private string DatabaseFile => Path.Combine(Settings["Ascent:DataDirectory"]!, "ascent.db");

    // Deleted, as a lost disk would leave it: the next connection finds an empty file with no tables.
    public Task TakeDatabaseDownAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" })
            File.Delete(file);
        return Task.CompletedTask;
    }

    public Task BringDatabaseBackAsync() => Task.CompletedTask;
}

public sealed class OutagePostgresFixture : PostgresFixture, IDatabaseOutage
{
    public Task TakeDatabaseDownAsync() => SetConnectionsAllowedAsync(false);

    public Task BringDatabaseBackAsync() => SetConnectionsAllowedAsync(true);

    // The server refuses every new connection to the database and ends the open ones, as when it goes away.
    private async Task SetConnectionsAllowedAsync(bool allowed)
    {
        var connectionString = Settings["Ascent:Database:ConnectionString"]!;
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var server = await PostgresServer.GetAsync();
        await using var admin = new NpgsqlConnection(server.ConnectionString("postgres"));
        await admin.OpenAsync();
        await using (var command = new NpgsqlCommand($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS {(allowed ? "true" : "false")}", admin))
            await command.ExecuteNonQueryAsync();
        if (!allowed)
        {
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", admin);
            terminate.Parameters.AddWithValue("name", database);
            await terminate.ExecuteNonQueryAsync();
            await using var pooled = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(pooled);
        }
    }
}

public sealed class HealthTestsOnSqlite(OutageSqliteFixture app) : HealthTests<OutageSqliteFixture>(app);

public sealed class HealthTestsOnPostgres(OutagePostgresFixture app) : HealthTests<OutagePostgresFixture>(app);
