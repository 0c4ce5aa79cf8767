using System.Data.Common;
using System.Globalization;
using Ascent.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Ascent.Web.Services.Imports;

/// Inserts many new rows quickly, inside the caller's transaction: binary COPY on PostgreSQL, one prepared INSERT
/// on SQLite. EF Core's model supplies the table and column names and value conversions, so nothing is spelt
/// twice. Ids are reserved first and written explicitly, so children can point at parents in the same import.
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
        if (IsPostgres)
        {
            // Reserve a block from the identity sequence, as concurrent inserts would.
            command.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), nextval(pg_get_serial_sequence('\"{table}\"', '{column}')) + {entities.Count - 1}) - {entities.Count - 1}";
        }
        else
        {
            // SQLite has one writer at a time and the caller's transaction holds the write lock.
            command.CommandText = $"SELECT COALESCE(MAX(\"{column}\"), 0) + 1 FROM \"{table}\"";
        }

        var first = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var setId = EntityAccessors.IdSetter<T>(key);
        for (var i = 0; i < entities.Count; i++)
            setId(entities[i], first + i);
    }

    public async Task InsertAsync<T>(IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
            return;
        var entityType = db.Model.FindEntityType(typeof(T))!;
        var table = entityType.GetTableName()!;
        var properties = entityType.GetProperties().ToList();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""));
        if (IsPostgres)
            await CopyAsync(entityType, table, columns, entities, cancellationToken);
        else
            await InsertWithStatementAsync(entityType, table, columns, properties.Count, entities, cancellationToken);
    }

    private async Task CopyAsync<T>(IEntityType entityType, string table, string columns, IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var writeRow = EntityAccessors.CopyRowWriter<T>(entityType);
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Millions of values: the synchronous writes buffer in memory and only touch the network when full,
        // where an await per value costs more than the value itself (measured in docs/performance.md).
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writeRow(writer, entity);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    // One prepared statement per row. Multi-row INSERTs were measured slower, far slower: Microsoft.Data.Sqlite finds
    // each parameter by name in a list as long as the statement's, so binding grows with the square of the rows per statement.
    private async Task InsertWithStatementAsync<T>(IEntityType entityType, string table, string columns, int columnCount, IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var readRow = EntityAccessors.ValueReader<T>(entityType);
        var values = new object?[columnCount];
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table}\" ({columns}) VALUES ({string.Join(", ", Enumerable.Range(0, columnCount).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        var parameters = new DbParameter[columnCount];
        for (var i = 0; i < columnCount; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(parameters[i]);
        }

        await command.PrepareAsync(cancellationToken);
        foreach (var entity in entities)
        {
            readRow(entity, values);
            for (var c = 0; c < columnCount; c++)
                parameters[c].Value = values[c] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
