using System.Data.Common;
using Ascent.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Ascent.Web.Imports;

/// Inserts many new rows quickly, inside the caller's transaction: binary COPY on PostgreSQL, one prepared statement
/// on SQLite. EF Core's model supplies the table and column names and value conversions, so nothing is spelt twice.
/// Ids are reserved first and written explicitly, so children can point at parents in the same import.
internal sealed class BulkInserter(AppDbContext db)
{
    private bool IsPostgres => db.Database.IsNpgsql();

    public async Task AssignIdsAsync<T>(IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
            return;
        var entityType = db.Model.FindEntityType(typeof(T))!;
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        var table = entityType.GetTableName()!;
        var column = key.GetColumnName();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        long first;
        if (IsPostgres)
        {
            // Reserve a block from the identity sequence, as concurrent inserts would.
            command.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), nextval(pg_get_serial_sequence('\"{table}\"', '{column}')) + {entities.Count - 1}) - {entities.Count - 1}";
            first = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            // SQLite has one writer at a time and the caller's transaction holds the write lock.
            command.CommandText = $"SELECT COALESCE(MAX(\"{column}\"), 0) + 1 FROM \"{table}\"";
            first = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        var property = key.PropertyInfo!;
        for (var i = 0; i < entities.Count; i++)
            property.SetValue(entities[i], Convert.ChangeType(first + i, key.ClrType, System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task InsertAsync<T>(IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
            return;
        var entityType = db.Model.FindEntityType(typeof(T))!;
        var table = entityType.GetTableName()!;
        var properties = entityType.GetProperties().ToList();
        var columns = properties.Select(p => p.GetColumnName()).ToList();
        var getters = properties.Select(p => (Getter: p.GetGetter(), Converter: p.GetTypeMapping().Converter)).ToList();

        object? ValueOf(T entity, int column)
        {
            var (getter, converter) = getters[column];
            var value = getter.GetClrValue(entity);
            return value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
        }

        if (IsPostgres)
            await CopyAsync(table, columns, entities, ValueOf, cancellationToken);
        else
            await InsertWithStatementAsync(table, columns, entities, ValueOf, cancellationToken);
    }

    private async Task CopyAsync<T>(string table, List<string> columns, IReadOnlyList<T> entities, Func<T, int, object?> valueOf, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var columnList = string.Join(", ", columns.Select(c => $"\"{c}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Millions of values: the synchronous writes buffer in memory and only touch the network when full,
        // where an await per value costs more than the value itself (measured in docs/performance.md).
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.StartRow();
            for (var c = 0; c < columns.Count; c++)
            {
                var value = valueOf(entity, c);
                if (value is null)
                    writer.WriteNull();
                else
                    writer.Write(value);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private async Task InsertWithStatementAsync<T>(string table, List<string> columns, IReadOnlyList<T> entities, Func<T, int, object?> valueOf, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = new DbParameter[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "$p" + i;
            command.Parameters.Add(parameters[i]);
        }

        await command.PrepareAsync(cancellationToken);
        foreach (var entity in entities)
        {
            for (var c = 0; c < columns.Count; c++)
                parameters[c].Value = valueOf(entity, c) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
