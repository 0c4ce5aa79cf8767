using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Ascent.Tests.Support;

/// Finding the machine's PostgreSQL binaries, running them as the postgres user, and cleaning up servers that an
/// earlier run left behind.
public sealed partial class PostgresServer
{
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
}
