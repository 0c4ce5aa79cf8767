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
public sealed class PostgresServer
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

    /// <summary>
    /// Starts a shell that waits for its stdin to close, then stops the server and deletes the folder.
    /// Only this process holds the pipe's write end, so it closes however this process ends;
    /// setsid keeps the watchdog alive when the test host's whole process group is killed.
    /// </summary>
    private static Process StartWatchdog(string bin, string root)
    {
        var start = new ProcessStartInfo("setsid") { RedirectStandardInput = true, UseShellExecute = false };
        string[] arguments =
        [
            "sh", "-c", "exec >/dev/null 2>&1; root=$1; shift; cat; \"$@\"; rm -rf \"${root:?}\"", "pg-watchdog", root,
            .. PgTool(bin, "pg_ctl", "stop", "-D", Path.Combine(root, "data"), "-m", "immediate", "-w"),
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the PostgreSQL watchdog.");
    }

    /// <summary>Stops servers, and deletes folders, left behind by test processes that no longer run.</summary>
    private static async Task SweepStaleServersAsync(string bin)
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.GetFileName(directory)[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            var data = Path.Combine(directory, "data");
            try
            {
                if (File.Exists(Path.Combine(data, "postmaster.pid")))
                {
                    await RunAsync(PgTool(bin, "pg_ctl", "stop", "-D", data, "-m", "immediate", "-w"));
                }
            }
            catch (InvalidOperationException)
            {
                // A stale pid file whose server is already gone.
            }

            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone else's folder or one being deleted concurrently: leave it.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task<string> FindBinDirectoryAsync()
    {
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(d => (Version: double.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(c => File.Exists(Path.Combine(c.Bin, "initdb")))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Bin)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        try
        {
            var bindir = (await RunAsync(["pg_config", "--bindir"])).Trim();
            if (File.Exists(Path.Combine(bindir, "initdb")))
            {
                return bindir;
            }
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            // No pg_config: fall through to PATH.
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")));
        return onPath ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found: install the postgresql package " +
            "(looked for initdb in /usr/lib/postgresql/*/bin, `pg_config --bindir` and PATH).");
    }

    private static string[] PgTool(string bin, string tool, params string[] arguments) =>
        AsRoot ? ["runuser", "-u", SuperUser, "--", Path.Combine(bin, tool), .. arguments] : [Path.Combine(bin, tool), .. arguments];

    /// <summary>Runs a command to completion and returns its stdout; throws with its output if it fails.</summary>
    private static async Task<string> RunAsync(string[] command, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user cannot enter most folders the test host runs from.
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in command[1..])
        {
            start.ArgumentList.Add(argument);
        }

        // A developer's PGDATA, PGPORT, PGHOST… must not redirect initdb or pg_ctl.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{string.Join(' ', command)}` did not finish within 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{string.Join(' ', command)}` failed with exit code {process.ExitCode}:\n{await stdout}{await stderr}");
        }

        return await stdout;
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
