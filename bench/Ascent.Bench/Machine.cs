namespace Ascent.Bench;

/// What the numbers were measured on. Other processes on the machine (a build, a test run) skew a benchmark,
/// so each report says how busy the machine was around it.
public static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memory:F0} GiB, {Environment.OSVersion}, .NET {Environment.Version}";
    }

    /// The 1, 5 and 15 minute load averages; on 2 cores, anything much above 2 means the bench shared the CPUs.
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
