using System.Collections.Concurrent;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Domain.QualityMark;

/// The quality-mark schemes Ascent ships (quality-marks/*.yaml), validated when loaded against the frameworks and
/// instruments they name, so a typo stops start-up with its line instead of leaving a requirement no one can
/// meet (registered in Services/QualityMark/QualityMarkRegistration.cs).
public sealed class SchemeLibrary(FrameworkRegistry frameworks, InstrumentCatalogue instruments, IReadOnlyList<(SchemeDefinition Definition, string Yaml)> shipped)
{
    private readonly HashSet<string> _instrumentCodes = InstrumentCodes(instruments);
    private readonly ConcurrentDictionary<int, SchemeDefinition> _parsed = new();

    public IReadOnlyList<(SchemeDefinition Definition, string Yaml)> Shipped { get; } = shipped;

    public static SchemeLibrary LoadFromDirectory(string path, FrameworkRegistry frameworks, InstrumentCatalogue instruments)
    {
        var codes = InstrumentCodes(instruments);
        var shipped = new List<(SchemeDefinition, string)>();
        foreach (var file in Directory.GetFiles(path, "*.yaml").Order(StringComparer.Ordinal))
        {
            var yaml = File.ReadAllText(file);
            var definition = SchemeLoader.Parse(yaml, file, frameworks, codes);
            if (shipped.Any(s => s.Item1.Code == definition.Code))
                throw new DefinitionException(file, 1, 1, $"scheme code '{definition.Code}' is used by another file.");
            shipped.Add((definition, yaml));
        }

        return new SchemeLibrary(frameworks, instruments, shipped);
    }

    public SchemeDefinition? Find(string code) => Shipped.Select(s => s.Definition).FirstOrDefault(d => d.Code == code);

    /// An LA's own version (uploaded), checked as the shipped files are.
    public SchemeDefinition Parse(string yaml, string file) => SchemeLoader.Parse(yaml, file, frameworks, _instrumentCodes);

    /// The definition an LA's stored version holds; versions never change, so each is parsed once.
    public SchemeDefinition Definition(SchemeVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return _parsed.GetOrAdd(version.Id, _ => Parse(version.Yaml, $"{version.Code} version {version.Version}"));
    }

    private static HashSet<string> InstrumentCodes(InstrumentCatalogue instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        return instruments.All.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
    }
}
