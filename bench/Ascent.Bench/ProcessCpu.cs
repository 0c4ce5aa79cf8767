using System.Globalization;

namespace Ascent.Bench;

/// CPU time from /proc: what a process and its children used, however busy the rest of the machine was. Elapsed
/// time on a shared 2-core machine mixes in other work; CPU time says where this work's time went.
public static class ProcessCpu
{
    // USER_HZ: the unit of /proc's times, 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// The process, its children still running, and its children that have exited (which the kernel adds to the
    /// parent's cutime and cstime once it has reaped them, as the PostgreSQL postmaster does with its backends).
    public static TimeSpan OfTree(int pid)
    {
        long ticks = 0;
        foreach (var stat in Directory.EnumerateDirectories("/proc").Where(d => Path.GetFileName(d).All(char.IsAsciiDigit)).Select(d => Path.Combine(d, "stat")))
        {
            var fields = Read(stat);
            if (fields is null)
                continue;
            var (processId, parentId) = (int.Parse(fields[0], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture));
            if (processId == pid)
                ticks += Ticks(fields, 13) + Ticks(fields, 14) + Ticks(fields, 15) + Ticks(fields, 16);
            else if (parentId == pid)
                ticks += Ticks(fields, 13) + Ticks(fields, 14);
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    // Index i holds field i + 1 of proc(5) (pid, comm, state, ppid, … utime at 14); comm may hold spaces, so the rest
    // is split after its closing ")".
    private static string[]? Read(string path)
    {
        try
        {
            var text = File.ReadAllText(path);
            var close = text.LastIndexOf(')');
            return [text[..text.IndexOf(' ', StringComparison.Ordinal)], "", .. text[(close + 2)..].Split(' ')];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // not a process folder, or a process that has just exited
        }
    }

    private static long Ticks(string[] fields, int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
}
