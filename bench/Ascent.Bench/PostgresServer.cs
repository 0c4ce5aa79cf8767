using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ascent.Bench;

/// A throwaway PostgreSQL server on a free loopback port, in a temp folder deleted on dispose.
/// Trimmed from tests/Ascent.Tests/Support/PostgresServer.cs (same start options, same root handling).
public sealed class PostgresServer : IAsyncDisposable
{
    private const string SuperUser = "postgres";

    // initdb and postgres refuse to run as root, so as root they run as the postgres system user.
    private static readonly bool AsRoot = Environment.IsPrivilegedProcess;

    private readonly Process watchdog;
    private int stopped;

    private PostgresServer(string rootDirectory, string binDirectory, Process watchdog)
    {
        RootDirectory = rootDirectory;
        BinDirectory = binDirectory;
        this.watchdog = watchdog;
    }

    public string BinDirectory { get; }

    public string RootDirectory { get; }

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(RootDirectory, "data");

    public string LogFile => Path.Combine(RootDirectory, "server.log");

    /// CPU used by the server and all its backends so far (see ProcessCpu).
    public TimeSpan Cpu() =>
        ProcessCpu.OfTree(int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture));

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        // The load test runs 20 concurrent requests; the app's default pool (100) would be fine too.
        MaxPoolSize = 50,
    }.ConnectionString;

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinDirectory();
        var root = Path.Combine(Path.GetTempPath(), $"ascent-bench-pg-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        var socketDirectory = Path.Combine(root, "sock");
        Directory.CreateDirectory(socketDirectory);
        var server = new PostgresServer(root, bin, StartWatchdog(bin, root));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        try
        {
            if (AsRoot)
                await Shell.RunAsync(["chown", "-R", $"{SuperUser}:{SuperUser}", root]);
            await Shell.RunAsync(PgTool(bin, "initdb", "-D", server.DataDirectory, "-A", "trust", "-U", SuperUser,
                "--encoding=UTF8", "--locale=C.UTF-8", "-N"), root);

            // The same settings as the test server: durability off, which favours neither side of a ratio.
            server.Port = FreePort();
            var options = $"-p {server.Port} -k \"{socketDirectory}\" -c listen_addresses=127.0.0.1 -c fsync=off " +
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            await Shell.RunAsync(PgTool(bin, "pg_ctl", "start", "-w", "-t", "60", "-D", server.DataDirectory, "-l", server.LogFile, "-o", options), root);
            return server;
        }
        catch
        {
            server.Stop();
            throw;
        }
    }

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    public async Task ExecuteAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) != 0)
            return;
        try
        {
            NpgsqlConnection.ClearAllPools();
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
                Shell.RunAsync(PgTool(BinDirectory, "pg_ctl", "stop", "-D", DataDirectory, "-m", "immediate", "-w")).GetAwaiter().GetResult();
            Directory.Delete(RootDirectory, recursive: true);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"PostgresServer: cleanup of {RootDirectory} failed: {e.Message}");
        }
        finally
        {
            watchdog.StandardInput.Close();
        }
    }

    // A shell that waits for its stdin to close, then stops the server and deletes the folder: it closes however
    // this process ends (Ctrl-C, a crash), and setsid keeps it alive when the whole process group is killed.
    private static Process StartWatchdog(string bin, string root)
    {
        var start = new ProcessStartInfo("setsid") { RedirectStandardInput = true, UseShellExecute = false };
        string[] arguments =
        [
            "sh", "-c", "exec >/dev/null 2>&1; root=$1; shift; cat; \"$@\"; rm -rf \"${root:?}\"", "pg-watchdog", root,
            .. PgTool(bin, "pg_ctl", "stop", "-D", Path.Combine(root, "data"), "-m", "immediate", "-w"),
        ];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the PostgreSQL watchdog.");
    }

    private static string FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: double.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(c => File.Exists(Path.Combine(c.Bin, "initdb")))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Bin)
                .FirstOrDefault() ?? throw new InvalidOperationException("No initdb under /usr/lib/postgresql: apt-get install postgresql.")
            : throw new InvalidOperationException("PostgreSQL server binaries not found: apt-get install postgresql.");

    private static string[] PgTool(string bin, string tool, params string[] arguments) =>
        AsRoot ? ["runuser", "-u", SuperUser, "--", Path.Combine(bin, tool), .. arguments] : [Path.Combine(bin, tool), .. arguments];

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
