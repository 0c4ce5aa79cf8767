using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Ascent.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL server for the whole test process, started on first use by
/// <see cref="GetAsync"/>. Tests take their own databases from it with <see cref="CreateDatabaseAsync"/>.
/// </summary>
/// <remarks>
/// The server is stopped and its folder deleted on process exit. If the test host dies without
/// running exit handlers (crash, kill -9), a watchdog shell process does the same; and each start
/// sweeps away servers left by earlier runs whose watchdog was killed too.
/// </remarks>
public sealed partial class PostgresServer
{
    private const string FolderPrefix = "ascent-pg-";
    private const string SuperUser = "postgres";

    // initdb and postgres refuse to run as root, so as root they run as the postgres system user.
    private static readonly bool AsRoot = Environment.IsPrivilegedProcess;

    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => Task.Run(StartAsync));

    private readonly string binDirectory;
    private readonly Process watchdog;
    private int stopped;

    private PostgresServer(string rootDirectory, string binDirectory, Process watchdog)
    {
        RootDirectory = rootDirectory;
        this.binDirectory = binDirectory;
        this.watchdog = watchdog;
    }

    /// <summary>The shared server, started by the first caller.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public string Host { get; } = "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>Holds the cluster (data/), its socket (sock/) and the server log (server.log).</summary>
    public string RootDirectory { get; }

    public string LogFile => Path.Combine(RootDirectory, "server.log");

    private string DataDirectory => Path.Combine(RootDirectory, "data");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = SuperUser,
        Database = database,
        IncludeErrorDetail = true,
        // Each test database gets its own pool: keep pools small and drop idle connections soon,
        // so a run with many databases stays well under max_connections.
        MaxPoolSize = 20,
        ConnectionIdleLifetime = 10,
        ConnectionPruningInterval = 5,
    }.ConnectionString;

    /// <summary>Creates a uniquely named database, optionally as a copy of <paramref name="template"/>, and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        var sql = "CREATE DATABASE " + QuoteIdentifier(name);
        if (template is not null)
        {
            // PostgreSQL refuses to copy a database that has open sessions, and our own pool keeps
            // idle ones open after the template was set up.
            ClearPool(template);
            sql += " TEMPLATE " + QuoteIdentifier(template);
        }

        await ExecuteAsync(sql);
        return ConnectionString(name);
    }

    /// <summary>Drops a database, ending any sessions still connected to it.</summary>
    public async Task DropDatabaseAsync(string name)
    {
        ClearPool(name);
        await ExecuteAsync($"DROP DATABASE IF EXISTS {QuoteIdentifier(name)} WITH (FORCE)");
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = await FindBinDirectoryAsync();
        await SweepStaleServersAsync(bin);

        var root = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        var socketDirectory = Path.Combine(root, "sock");
        Directory.CreateDirectory(socketDirectory);
        var server = new PostgresServer(root, bin, StartWatchdog(bin, root));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        try
        {
            if (AsRoot)
            {
                await RunAsync(["chown", "-R", $"{SuperUser}:{SuperUser}", root]);
            }

            try
            {
                await RunAsync(PgTool(bin, "initdb", "-D", server.DataDirectory, "-A", "trust", "-U", SuperUser,
                    "--encoding=UTF8", "--locale=C.UTF-8", "-N"), root);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException(
                    $"initdb failed in {root}; the {SuperUser} user must be able to reach that folder (check TMPDIR).\n{e.Message}", e);
            }

            for (var attempt = 1; ; attempt++)
            {
                var port = FreePort.Next();
                var options = $"-p {port} -k \"{socketDirectory}\" -c listen_addresses=127.0.0.1 -c fsync=off " +
                    "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
                try
                {
                    await RunAsync(PgTool(bin, "pg_ctl", "start", "-w", "-t", "60", "-D", server.DataDirectory, "-l", server.LogFile, "-o", options), root);
                    server.Port = port;
                    return server;
                }
                catch (InvalidOperationException) when (attempt < 3 && ReadLog(server.LogFile).Contains("could not bind", StringComparison.Ordinal))
                {
                    // Another process took the port after FreePort released it; try another.
                }
                catch (InvalidOperationException e)
                {
                    throw new InvalidOperationException($"{e.Message}\nServer log ({server.LogFile}):\n{ReadLog(server.LogFile)}", e);
                }
            }
        }
        catch
        {
            server.Stop();
            throw;
        }
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) != 0)
        {
            return;
        }

        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                RunAsync(PgTool(binDirectory, "pg_ctl", "stop", "-D", DataDirectory, "-m", "immediate", "-w")).GetAwaiter().GetResult();
            }

            Directory.Delete(RootDirectory, recursive: true);
        }
        catch (Exception e)
        {
            // The watchdog below tries again; nothing else can be done while the process exits.
            Console.Error.WriteLine($"PostgresServer: cleanup of {RootDirectory} failed: {e.Message}");
        }
        finally
        {
            watchdog.StandardInput.Close();
        }
    }

    private static string ReadLog(string path) => File.Exists(path) ? File.ReadAllText(path) : "(no log)";

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void ClearPool(string database)
    {
        using var connection = new NpgsqlConnection(ConnectionString(database));
        NpgsqlConnection.ClearPool(connection);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
