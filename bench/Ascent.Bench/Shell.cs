using System.Diagnostics;

namespace Ascent.Bench;

/// Runs a command to completion and returns its stdout; throws with its output if it fails or overruns.
public static class Shell
{
    public static async Task<string> RunAsync(string[] command, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user cannot enter most folders the bench runs from.
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in command[1..])
            start.ArgumentList.Add(argument);

        // A developer's PGDATA, PGPORT, PGHOST… must not redirect initdb, pg_ctl or pgbench.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{string.Join(' ', command)}` did not finish in time.");
        }

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`{string.Join(' ', command)}` failed with exit code {process.ExitCode}:\n{await stdout}{await stderr}");
        return await stdout;
    }
}
