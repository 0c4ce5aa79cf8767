namespace Ascent.Web.Domain.Instruments;

/// The instruments Ascent ships (instruments/*.yaml), loaded once at start-up; a bad file stops start-up with its
/// line and reason. An LA's own uploaded versions are found through Services/Instruments, which falls back to these.
public sealed class InstrumentCatalogue
{
    private readonly Dictionary<string, InstrumentDefinition> _byCode;

    public InstrumentCatalogue(IReadOnlyList<InstrumentDefinition> instruments)
    {
        All = instruments;
        _byCode = new(StringComparer.Ordinal);
        foreach (var instrument in instruments)
        {
            if (!_byCode.TryAdd(instrument.Code, instrument))
                throw new InvalidOperationException($"Two instrument files have the code '{instrument.Code}'.");
        }
    }

    public IReadOnlyList<InstrumentDefinition> All { get; }

    public static InstrumentCatalogue LoadFromDirectory(string path)
    {
        var files = Directory.GetFiles(path, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new InvalidOperationException($"No instrument definitions (*.yaml) found in {path}.");
        return new([.. files.Select(f => InstrumentLoader.Parse(File.ReadAllText(f), f))]);
    }

    public InstrumentDefinition? Find(string code) => _byCode.GetValueOrDefault(code);

    public InstrumentDefinition Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"No instrument has the code '{code}'.");

    /// The instrument a person names by its code or its name (an import's Instrument column), or null.
    public InstrumentDefinition? FindByCodeOrName(string text) =>
        Find(text.Trim()) ?? All.FirstOrDefault(i => string.Equals(i.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));
}
