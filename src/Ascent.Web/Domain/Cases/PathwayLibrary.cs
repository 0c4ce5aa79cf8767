using System.Collections.Concurrent;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Domain.Cases;

/// The pathway definitions Ascent ships (pathways/*.yaml, validated at start-up), and every stored version parsed
/// once. Which versions an LA runs is stored in the database: see Services/Cases/PathwayVersions.
public sealed class PathwayLibrary
{
    private readonly FrameworkRegistry _frameworks;
    private readonly ConcurrentDictionary<int, PathwayDefinition> _parsed = new();

    public PathwayLibrary(FrameworkRegistry frameworks, IReadOnlyList<(PathwayDefinition Definition, string Yaml)> shipped)
    {
        _frameworks = frameworks;
        Shipped = shipped;
        SharedAudits = [.. shipped.SelectMany(s => s.Definition.Audits).DistinctBy(a => a.Code)];
        var codes = shipped.Select(s => s.Definition.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (definition, _) in shipped)
        {
            if (definition.Exit.Enrol is { } enrol && !codes.Contains(enrol))
                throw new DefinitionException(definition.Code, 1, 1, $"exit enrols in '{enrol}', which is not a shipped pathway.");
        }
    }

    public IReadOnlyList<(PathwayDefinition Definition, string Yaml)> Shipped { get; }

    /// The audits the shipped files name: another version may ask for them by code alone.
    public IReadOnlyList<AuditDefinition> SharedAudits { get; }

    public static PathwayLibrary LoadFromDirectory(string path, FrameworkRegistry frameworks)
    {
        var shipped = new List<(PathwayDefinition, string)>();
        foreach (var file in Directory.GetFiles(path, "*.yaml").Order(StringComparer.Ordinal))
        {
            var yaml = File.ReadAllText(file);
            var definition = PathwayLoader.Parse(yaml, file, frameworks);
            if (shipped.Any(s => s.Item1.Code == definition.Code))
                throw new DefinitionException(file, 1, 1, $"pathway code '{definition.Code}' is used by another file.");
            shipped.Add((definition, yaml));
        }

        return new PathwayLibrary(frameworks, shipped);
    }

    public PathwayDefinition Parse(string yaml, string file) => PathwayLoader.Parse(yaml, file, _frameworks, SharedAudits);

    /// The definition a stored version holds; versions never change, so each is parsed once.
    public PathwayDefinition Definition(PathwayVersion version) =>
        _parsed.GetOrAdd(version.Id, _ => Parse(version.Yaml, $"{version.Code} version {version.Number}"));

    /// The pathways in the order a change event tries them: the highest priority first.
    public static IReadOnlyList<(PathwayVersion Version, PathwayDefinition Definition)> ByPriority(IEnumerable<(PathwayVersion Version, PathwayDefinition Definition)> pathways) =>
        [.. pathways.OrderByDescending(p => p.Definition.Priority)];

    /// An uploaded definition may only enrol in itself or in one of the LA's pathways.
    public static void CheckEnrolment(PathwayDefinition definition, string fileName, IReadOnlyCollection<string> codes)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(codes);
        if (definition.Exit.Enrol is { } enrol && enrol != definition.Code && !codes.Contains(enrol))
            throw new DefinitionException(fileName, 1, 1, $"exit enrols in '{enrol}', which is not one of your pathways: {string.Join(", ", codes)}.");
    }
}
