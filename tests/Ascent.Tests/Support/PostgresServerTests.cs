using Npgsql;

namespace Ascent.Tests.Support;

public class PostgresServerTests
{
    [Fact]
    public async Task GetAsync_ReturnsOneSharedServer()
    {
        var first = await PostgresServer.GetAsync();
        var second = await PostgresServer.GetAsync();

        Assert.Same(first, second);
        Assert.True(File.Exists(Path.Combine(first.RootDirectory, "data", "postmaster.pid")));
    }

    [Fact]
    public async Task CreateDatabaseAsync_GivesIndependentDatabases()
    {
        var server = await PostgresServer.GetAsync();
        var first = await server.CreateDatabaseAsync();
        var second = await server.CreateDatabaseAsync();
        try
        {
            Assert.NotEqual(DatabaseName(first), DatabaseName(second));

            await ExecuteAsync(first, "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('only in first')");

            Assert.Null(await ScalarAsync(second, "SELECT to_regclass('notes')::text"));
            await ExecuteAsync(second, "CREATE TABLE notes (body text)");
            Assert.Equal(0L, await ScalarAsync(second, "SELECT count(*) FROM notes"));
            Assert.Equal("only in first", await ScalarAsync(first, "SELECT body FROM notes"));
        }
        finally
        {
            await server.DropDatabaseAsync(DatabaseName(first));
            await server.DropDatabaseAsync(DatabaseName(second));
        }
    }

    [Fact]
    public async Task CreateDatabaseAsync_FromTemplate_CopiesItsTablesAndRows()
    {
        var server = await PostgresServer.GetAsync();
        var template = await server.CreateDatabaseAsync();
        // Leaves a pooled idle connection to the template, as a real schema setup would.
        await ExecuteAsync(template, "CREATE TABLE users (email text PRIMARY KEY); INSERT INTO users VALUES ('ada@example.com')");

        var copy = await server.CreateDatabaseAsync(DatabaseName(template));
        try
        {
            Assert.Equal("ada@example.com", await ScalarAsync(copy, "SELECT email FROM users"));

            await ExecuteAsync(copy, "INSERT INTO users VALUES ('bob@example.com')");
            Assert.Equal(2L, await ScalarAsync(copy, "SELECT count(*) FROM users"));
            Assert.Equal(1L, await ScalarAsync(template, "SELECT count(*) FROM users"));
        }
        finally
        {
            await server.DropDatabaseAsync(DatabaseName(copy));
            await server.DropDatabaseAsync(DatabaseName(template));
        }
    }

    [Fact]
    public async Task DropDatabaseAsync_DropsEvenWithAnOpenConnection()
    {
        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync();
        var name = DatabaseName(connectionString);
        await using var open = new NpgsqlConnection(connectionString);
        await open.OpenAsync();

        await server.DropDatabaseAsync(name);

        Assert.Equal(0L, await ScalarAsync(server.ConnectionString("postgres"), $"SELECT count(*) FROM pg_database WHERE datname = '{name}'"));
    }

    [Fact]
    public async Task ConnectionString_IncludesErrorDetail()
    {
        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync();
        try
        {
            await ExecuteAsync(connectionString, "CREATE TABLE users (email text PRIMARY KEY); INSERT INTO users VALUES ('ada@example.com')");

            var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connectionString, "INSERT INTO users VALUES ('ada@example.com')"));

            Assert.Contains("ada@example.com", error.Detail, StringComparison.Ordinal);
        }
        finally
        {
            await server.DropDatabaseAsync(DatabaseName(connectionString));
        }
    }

    private static string DatabaseName(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Database!;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var result = await command.ExecuteScalarAsync();
        return result is DBNull ? null : result;
    }
}
