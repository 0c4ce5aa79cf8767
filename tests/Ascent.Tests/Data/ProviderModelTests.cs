using Ascent.Web.Data;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ascent.Tests.Data;

/// Each database has its own migrations (ADR 0002), made from one model. This checks that the model is the same on
/// both, as EF Core sees it: tables, columns (CLR type, nullability, length), keys, indexes and foreign keys. Only the
/// providers' own type names differ, and so the two sets of migrations cannot drift apart.
public sealed class ProviderModelTests
{
    [Fact]
    public void BothDatabases_HaveTheSameTablesColumnsKeysIndexesAndForeignKeys()
    {
        var sqlite = Describe(SqliteModel());
        var postgres = Describe(PostgresModel());

        var onlySqlite = sqlite.Except(postgres).ToList();
        var onlyPostgres = postgres.Except(sqlite).ToList();
        Assert.True(onlySqlite.Count == 0 && onlyPostgres.Count == 0,
            "The SQLite and PostgreSQL models differ.\nOnly on SQLite:\n  " + string.Join("\n  ", onlySqlite) +
            "\nOnly on PostgreSQL:\n  " + string.Join("\n  ", onlyPostgres));
    }

    [Fact]
    public void TheDescription_NamesEveryTableAndItsParts()
    {
        // Guards the comparison above against comparing two empty lists.
        var description = Describe(SqliteModel());
        Assert.Contains("table Settings", description);
        Assert.Contains("column Settings.Reference: String not null max 30", description);
        Assert.Contains(description, line => line.StartsWith("primary key Settings ", StringComparison.Ordinal));
        Assert.Contains(description, line => line.StartsWith("index Settings.", StringComparison.Ordinal));
        Assert.Contains(description, line => line.StartsWith("foreign key Inspections.", StringComparison.Ordinal));
    }

    private static IModel SqliteModel()
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=:memory:")
            .UseApplicationServiceProvider(DesignTimeServices.Identity)
            .Options;
        using var db = new SqliteAppDbContext(options, new CurrentUser(new HttpContextAccessor()), TimeProvider.System);
        return db.Model;
    }

    private static IModel PostgresModel()
    {
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>()
            .UseNpgsql("Host=localhost;Database=unused")
            .UseApplicationServiceProvider(DesignTimeServices.Identity)
            .Options;
        using var db = new PostgresAppDbContext(options, new CurrentUser(new HttpContextAccessor()), TimeProvider.System);
        return db.Model;
    }

    /// One line per table, column, key, index and foreign key, in the words both providers share.
    private static SortedSet<string> Describe(IModel model)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in model.GetRelationalModel().Tables)
        {
            var name = table.Name;
            lines.Add($"table {name}");
            foreach (var column in table.Columns)
            {
                if (column.PropertyMappings.Count == 0)
                {
                    lines.Add($"column {name}.{column.Name}: unmapped");
                    continue;
                }

                var property = column.PropertyMappings[0].Property;
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                lines.Add($"column {name}.{column.Name}: {type.Name}{(column.IsNullable ? " null" : " not null")}" +
                    (property.GetMaxLength() is { } max ? $" max {max}" : "") +
                    (property.GetPrecision() is { } precision ? $" precision {precision},{property.GetScale()}" : "") +
                    (property.ValueGenerated != ValueGenerated.Never ? $" generated {property.ValueGenerated}" : "") +
                    (property.IsConcurrencyToken ? " concurrency" : ""));
            }

            if (table.PrimaryKey is { } primaryKey)
                lines.Add($"primary key {name} {primaryKey.Name} ({Columns(primaryKey.Columns)})");
            foreach (var unique in table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()))
                lines.Add($"unique {name}.{unique.Name} ({Columns(unique.Columns)})");
            foreach (var index in table.Indexes)
                lines.Add($"index {name}.{index.Name} ({Columns(index.Columns)}){(index.IsUnique ? " unique" : "")}" +
                    (index.Filter is { } filter ? $" where {filter}" : ""));
            foreach (var foreignKey in table.ForeignKeyConstraints)
                lines.Add($"foreign key {name}.{foreignKey.Name} ({Columns(foreignKey.Columns)}) -> " +
                    $"{foreignKey.PrincipalTable.Name} ({Columns(foreignKey.PrincipalColumns)}) on delete {foreignKey.OnDeleteAction}");
        }

        return lines;
    }

    private static string Columns(IEnumerable<IColumn> columns) => string.Join(", ", columns.Select(c => c.Name));
}
