using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.Definitions;

/// Reads one YAML mapping field by field. The representation model is used instead of deserialising to
/// classes because it keeps every node's position, which is what makes errors point at a line; it also
/// keeps scalars as text, so `code: no` stays "no" rather than becoming false.
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _file;

    public YamlMap(YamlNode node, string file, string what, params string[] allowedKeys)
    {
        _file = file;
        _node = node as YamlMappingNode
            ?? throw Error(file, node.Start, $"{what} must be a mapping of keys to values.");

        // Rejecting unknown keys catches typos such as "valid_form", which would otherwise load as a
        // framework with no start date.
        foreach (var key in _node.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !allowedKeys.Contains(name, StringComparer.Ordinal))
                throw Error(file, key.Start, $"unknown key '{key}' in {what}; expected one of: {string.Join(", ", allowedKeys)}.");
        }
    }

    public Mark Start => _node.Start;

    public static DefinitionException Error(string file, Mark at, string reason) =>
        new(file, at.Line, at.Column, reason);

    public DefinitionException Error(Mark at, string reason) => Error(_file, at, reason);

    /// A nested node (a mapping or list) under the key, or null when the key is missing or empty.
    public YamlNode? Node(string key)
    {
        if (!_node.Children.TryGetValue(new YamlScalarNode(key), out var value))
            return null;
        return value is YamlScalarNode scalar && IsNull(scalar) ? null : value;
    }

    public YamlScalarNode? Scalar(string key)
    {
        if (!_node.Children.TryGetValue(new YamlScalarNode(key), out var value))
            return null;

        if (value is not YamlScalarNode scalar)
            throw Error(value.Start, $"{key} must be a single value.");

        return IsNull(scalar) ? null : scalar;
    }

    public YamlScalarNode RequiredScalar(string key) =>
        Scalar(key) ?? throw Error(KeyOrMapStart(key), $"{key} is required.");

    public string Required(string key) => RequiredScalar(key).Value!.Trim();

    public string? Optional(string key) => Scalar(key)?.Value!.Trim();

    public bool Flag(string key, bool whenMissing)
    {
        var scalar = Scalar(key);
        return scalar?.Value switch
        {
            null => whenMissing,
            "true" => true,
            "false" => false,
            _ => throw Error(scalar.Start, $"{key} must be true or false, not '{scalar.Value}'."),
        };
    }

    public int? Number(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
            return null;

        return int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(scalar.Start, $"{key} must be a whole number, not '{scalar.Value}'.");
    }

    public DateOnly? Date(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
            return null;

        return DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(scalar.Start, $"{key} must be a date written yyyy-mm-dd, not '{scalar.Value}'.");
    }

    public IReadOnlyList<YamlNode> List(string key, bool required)
    {
        if (!_node.Children.TryGetValue(new YamlScalarNode(key), out var value) || value is YamlScalarNode scalar && IsNull(scalar))
        {
            return required ? throw Error(KeyOrMapStart(key), $"{key} is required.") : [];
        }

        if (value is not YamlSequenceNode sequence)
            throw Error(value.Start, $"{key} must be a list.");

        if (required && sequence.Children.Count == 0)
            throw Error(value.Start, $"{key} must have at least one entry.");

        return [.. sequence.Children];
    }

    /// The value of a key that must be one of a fixed set of words, refused with the words it may be.
    public T Choice<T>(string key, IReadOnlyDictionary<string, T> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var scalar = RequiredScalar(key);
        return choices.TryGetValue(scalar.Value!.Trim(), out var value)
            ? value
            : throw Error(scalar.Start, $"{key} '{scalar.Value}' is not one of: {string.Join(", ", choices.Keys)}.");
    }

    public Mark KeyOrMapStart(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key)?.Start ?? _node.Start;

    // An empty value ("code:"), a blank one or an explicit null is treated as missing, as YAML means it to be.
    private static bool IsNull(YamlScalarNode scalar) =>
        string.IsNullOrWhiteSpace(scalar.Value)
        || scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";
}
