using Microsoft.EntityFrameworkCore.Migrations;

namespace Ascent.Web.Data.Migrations;

/// Quartz's tables (qrtz_*), created by Ascent's own migrations so a fresh database gets them with everything else
/// and Quartz itself needs no permission to create tables (it only validates them at start-up).
///
/// The SQL is Quartz's official schema script for each database, read from the Quartz package it ships in
/// (Quartz.Impl.AdoJobStore.Schema.create_sqlite.sql / create_postgres.sql), so it always matches the Quartz version
/// Ascent runs. Every statement in it is CREATE … IF NOT EXISTS and never drops anything, so applying it again is
/// harmless. When upgrading Quartz, add a migration with Quartz's upgrade script (database/migrations/ in its
/// repository) for the columns a new version adds: a migration that has already run is never run again.
public static class QuartzSchema
{
    public const string TablePrefix = "QRTZ_";

    public const string Sqlite = "Quartz.Impl.AdoJobStore.Schema.create_sqlite.sql";

    public const string Postgres = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    /// Call from a migration's Up(): migrationBuilder.CreateQuartzSchema(QuartzSchema.Sqlite).
    public static void CreateQuartzSchema(this MigrationBuilder migrationBuilder, string script)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in Statements(script))
            migrationBuilder.Sql(statement);
    }

    /// Quartz's tables without their prefix, each before any table it refers to.
    public static readonly IReadOnlyList<string> Tables =
    [
        "JOB_STATUS", "MISFIRE_HISTORY", "EXECUTION_HISTORY", "LOCKS", "SCHEDULER_STATE", "FIRED_TRIGGERS",
        "PAUSED_JOB_GRPS", "PAUSED_TRIGGER_GRPS", "CALENDARS", "BLOB_TRIGGERS", "SIMPROP_TRIGGERS", "CRON_TRIGGERS",
        "SIMPLE_TRIGGERS", "TRIGGERS", "JOB_DETAILS",
    ];

    /// Quartz's tables are no part of Ascent's model, so Down() drops them by name.
    public static void DropQuartzSchema(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in Tables)
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {TablePrefix}{table}");
    }

    /// The script's statements with the table prefix filled in. The script separates statements with a line reading
    /// "--;;" and writes {0} for the table prefix and {1} for the prefix in index and constraint names.
    public static IReadOnlyList<string> Statements(string script)
    {
        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(script)
            ?? throw new InvalidOperationException($"The Quartz package has no schema script {script}.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        return [.. text.Split("\n--;;\n")
            .Select(part => string.Join('\n', part.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(statement => statement.Length > 0)
            .Select(statement => statement.Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal))];
    }
}
