using System.Text;
using System.Text.RegularExpressions;

namespace Ascent.Bench;

/// The SQL that one request sends, read from PostgreSQL's own log: statement logging is on for that request only,
/// and the SELECTs it ran come back with their parameters written in as literals, ready for pgbench. Taking them from
/// the server, not from a copy in the bench, keeps the baseline the page's real SQL whenever the page changes.
public static partial class StatementLog
{
    public static async Task<List<string>> CaptureAsync(PostgresServer server, Func<Task> request)
    {
        var start = new FileInfo(server.LogFile).Length;
        await server.ExecuteAsync("ALTER SYSTEM SET log_min_duration_statement = 0");
        await server.ExecuteAsync("SELECT pg_reload_conf()");
        // Backends re-read the configuration before their next command, once the postmaster has signalled them.
        await Task.Delay(500);
        try
        {
            await request();
        }
        finally
        {
            await server.ExecuteAsync("ALTER SYSTEM RESET log_min_duration_statement");
            await server.ExecuteAsync("SELECT pg_reload_conf()");
        }

        await Task.Delay(500);
        using var log = new FileStream(server.LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        log.Position = start;
        using var reader = new StreamReader(log, Encoding.UTF8);
        return Parse(await reader.ReadToEndAsync());
    }

    // Each log entry starts with "2026-11-22 21:16:33.300 UTC [pid] "; a statement's further lines start with a tab.
    // An executed statement ("execute <unnamed>: SELECT …") is followed, from the same backend, by
    // "DETAIL:  parameters: $1 = 't', $2 = NULL, …", whose values are already quoted as SQL literals.
    private static List<string> Parse(string text)
    {
        var statements = new List<string>();
        var waiting = new Dictionary<string, string>(); // pid → statement that may still get its parameters
        foreach (var entry in Entry().Split(text).Where(e => e.Length > 0))
        {
            var pid = Pid().Match(entry).Groups[1].Value;
            if (Executed().Match(entry) is { Success: true } executed)
            {
                Flush(pid);
                waiting[pid] = executed.Groups[1].Value.Replace("\n\t", "\n", StringComparison.Ordinal).Trim();
            }
            else if (entry.Contains("DETAIL:  parameters: ", StringComparison.Ordinal) && waiting.Remove(pid, out var sql))
            {
                var values = Parameter().Matches(entry).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
                Keep(Placeholder().Replace(sql, m => values[m.Groups[1].Value]));
            }
        }

        foreach (var pid in waiting.Keys.ToList())
            Flush(pid);
        return statements;

        void Flush(string pid)
        {
            if (waiting.Remove(pid, out var sql))
                Keep(sql);
        }

        // Only the app's queries: EF Core quotes every table name; the bench's own pg_reload_conf() has no FROM.
        void Keep(string sql)
        {
            if (sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && sql.Contains("FROM \"", StringComparison.Ordinal))
                statements.Add(sql.TrimEnd(';') + ";");
        }
    }

    [GeneratedRegex(@"(?m)^(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^\S+ \S+ \S+ \[(\d+)\]")]
    private static partial Regex Pid();

    [GeneratedRegex(@"LOG:  duration: [\d.]+ ms  (?:execute [^:]*|statement): (.*)\z", RegexOptions.Singleline)]
    private static partial Regex Executed();

    [GeneratedRegex(@"\$(\d+) = (NULL|'(?:[^']|'')*')")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\$(\d+)\b")]
    private static partial Regex Placeholder();
}
