using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Ascent.Web.Services.Imports;

/// Compiled code to read and write an entity's columns for BulkInserter, built once per entity type from EF Core's
/// model. An import writes millions of values: reflection, boxing and Npgsql's per-value type look-up for
/// Write(object) were most of the client's time (docs/performance.md).
internal static class EntityAccessors
{
    private static readonly ConcurrentDictionary<(object Model, Type Type, string Kind), Delegate> Compiled = new();

    private static readonly MethodInfo WriteTyped = typeof(NpgsqlBinaryImporter).GetMethods()
        .Single(m => m.Name == nameof(NpgsqlBinaryImporter.Write) && m.IsGenericMethod
            && m.GetParameters() is [_, { ParameterType: var type }] && type == typeof(NpgsqlDbType));

    private static readonly MethodInfo WriteNull = typeof(NpgsqlBinaryImporter).GetMethod(nameof(NpgsqlBinaryImporter.WriteNull), Type.EmptyTypes)!;

    private static readonly MethodInfo StartRow = typeof(NpgsqlBinaryImporter).GetMethod(nameof(NpgsqlBinaryImporter.StartRow), Type.EmptyTypes)!;

    // The column types the register's tables use; COPY's binary format must match the column's type exactly.
    private static readonly Dictionary<string, NpgsqlDbType> PostgresTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["integer"] = NpgsqlDbType.Integer,
        ["bigint"] = NpgsqlDbType.Bigint,
        ["smallint"] = NpgsqlDbType.Smallint,
        ["boolean"] = NpgsqlDbType.Boolean,
        ["date"] = NpgsqlDbType.Date,
        ["timestamp with time zone"] = NpgsqlDbType.TimestampTz,
        ["text"] = NpgsqlDbType.Text,
        ["character varying"] = NpgsqlDbType.Varchar,
        ["uuid"] = NpgsqlDbType.Uuid,
        ["numeric"] = NpgsqlDbType.Numeric,
        ["double precision"] = NpgsqlDbType.Double,
    };

    /// Sets the key of a new entity, through its backing field as EF Core does.
    public static Action<T, long> IdSetter<T>(IProperty key) =>
        (Action<T, long>)Compiled.GetOrAdd((key, typeof(T), "id"), _ =>
        {
            var entity = Expression.Parameter(typeof(T), "entity");
            var id = Expression.Parameter(typeof(long), "id");
            var member = Expression.MakeMemberAccess(entity, (MemberInfo?)key.FieldInfo ?? key.PropertyInfo!);
            return Expression.Lambda<Action<T, long>>(Expression.Assign(member, Expression.ConvertChecked(id, key.ClrType)), entity, id).Compile();
        });

    /// Writes one entity as one row of a binary COPY, in the order of IEntityType.GetProperties(), each value with
    /// its own type and the column's NpgsqlDbType.
    public static Action<NpgsqlBinaryImporter, T> CopyRowWriter<T>(IEntityType entityType) =>
        (Action<NpgsqlBinaryImporter, T>)Compiled.GetOrAdd((entityType, typeof(T), "copy"), _ =>
        {
            var writer = Expression.Parameter(typeof(NpgsqlBinaryImporter), "writer");
            var entity = Expression.Parameter(typeof(T), "entity");
            var body = new List<Expression> { Expression.Call(writer, StartRow) };
            foreach (var property in entityType.GetProperties())
                body.Add(WriteColumn(writer, entity, property));
            return Expression.Lambda<Action<NpgsqlBinaryImporter, T>>(Expression.Block(body), writer, entity).Compile();
        });

    /// Reads every column's value as the database takes it (after EF Core's value converter), boxed: SQLite's
    /// parameters take objects anyway.
    public static Action<T, object?[]> ValueReader<T>(IEntityType entityType)
        where T : class =>
        (Action<T, object?[]>)Compiled.GetOrAdd((entityType, typeof(T), "values"), _ =>
        {
            var readers = entityType.GetProperties().Select(p => (Getter: p.GetGetter(), Converter: p.GetTypeMapping().Converter)).ToArray();
            return (Action<T, object?[]>)((entity, values) =>
            {
                for (var c = 0; c < readers.Length; c++)
                {
                    var (getter, converter) = readers[c];
                    var value = getter.GetClrValue(entity);
                    values[c] = value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
                }
            });
        });

    private static Expression WriteColumn(ParameterExpression writer, ParameterExpression entity, IProperty property)
    {
        var member = (MemberInfo?)property.PropertyInfo ?? property.FieldInfo
            ?? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} has no CLR member to read for COPY.");
        var value = Expression.MakeMemberAccess(entity, member);
        var valueType = value.Type;
        var underlying = Nullable.GetUnderlyingType(valueType);
        Expression present = underlying is null ? value : Expression.Property(value, nameof(Nullable<int>.Value));
        var mapping = property.GetRelationalTypeMapping();
        if (mapping.Converter is { } converter)
        {
            var toProvider = converter.ConvertToProviderExpression;
            present = Expression.Invoke(toProvider, Expression.Convert(present, toProvider.Parameters[0].Type));
        }

        var write = PostgresTypes.TryGetValue(mapping.StoreTypeNameBase, out var npgsqlDbType)
            ? Expression.Call(writer, WriteTyped.MakeGenericMethod(present.Type), present, Expression.Constant(npgsqlDbType))
            : throw new InvalidOperationException($"BulkInserter has no PostgreSQL type for {mapping.StoreType} ({property.DeclaringType.DisplayName()}.{property.Name}).");
        if (underlying is not null)
            return Expression.IfThenElse(Expression.Property(value, nameof(Nullable<int>.HasValue)), write, Expression.Call(writer, WriteNull));
        if (!valueType.IsValueType)
            return Expression.IfThenElse(Expression.ReferenceEqual(value, Expression.Constant(null, valueType)), Expression.Call(writer, WriteNull), write);
        return write;
    }
}
