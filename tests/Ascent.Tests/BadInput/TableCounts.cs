using System.Data.Common;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.BadInput;

/// The number of rows in every table of Ascent's database, read in one query. Every update of a row adds an audit
/// entry, so equal counts mean that nothing was written (Quartz's own tables and the sessions' last-seen times
/// aside).
public sealed class TableCounts
{
    private readonly string _sql;

    private TableCounts(string sql) => _sql = sql;

    public static async Task<TableCounts> ForAsync(AscentFixture app)
    {
        var postgres = app.ProviderName == "PostgreSQL";
        var tables = await app.WithDbAsync(async (db, _) =>
        {
            var list = new List<string>();
            await using var command = await CommandAsync(db, postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                list.Add(reader.GetString(0));
            return list;
        });
        var counted = tables.Where(t => !t.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase) && !t.StartsWith("__EF", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        return new TableCounts(string.Join(" UNION ALL ", counted.Select(t => $"SELECT '{t}', COUNT(*) FROM \"{t}\"")));
    }

    public Task<Dictionary<string, long>> ReadAsync(AscentFixture app) => app.WithDbAsync(async (db, _) =>
    {
        var counts = new Dictionary<string, long>();
        await using var command = await CommandAsync(db, _sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            counts[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        return counts;
    });

    /// True when the only change is audit entries of rows that background work updates on its own (the outbox
    /// delivering e-mail, an import run finishing): those are not the bad request's doing.
    public static async Task<bool> OnlyBackgroundWorkAsync(AscentFixture app, Dictionary<string, long> before, Dictionary<string, long> after)
    {
        var changed = after.Where(a => before.GetValueOrDefault(a.Key) != a.Value).Select(a => a.Key).ToList();
        if (changed.Count != 1 || changed[0] != "AuditEntries")
            return false;
        var added = (int)(after["AuditEntries"] - before.GetValueOrDefault("AuditEntries"));
        var types = await app.WithDbAsync((db, _) => db.AuditEntries.IgnoreQueryFilters().OrderByDescending(e => e.Id).Take(added).Select(e => e.EntityType).ToListAsync());
        return types.All(t => t is "OutboxMessage" or "ImportRun" or "SentReminder" or "Notification");
    }

    /// Waits until no import is waiting or running, so that its writes land before the next case is compared.
    public static async Task WaitForImportsAsync(AscentFixture app)
    {
        for (var i = 0; i < 200 && await app.WithDbAsync((db, _) => db.ImportRuns.IgnoreQueryFilters().AnyAsync(r => r.Status == Ascent.Web.Domain.Imports.ImportStatus.Running)); i++)
            await Task.Delay(50);
    }

    public static string Differences(Dictionary<string, long> before, Dictionary<string, long> after) =>
        string.Join(", ", after.Where(a => before.GetValueOrDefault(a.Key) != a.Value).Select(a => $"{a.Key} {before.GetValueOrDefault(a.Key)}→{a.Value}"));

    private static async Task<DbCommand> CommandAsync(Ascent.Web.Data.AppDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
