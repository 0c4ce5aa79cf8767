namespace Ascent.Web.Domain.Instruments;

/// The instruments Ascent ships (instruments/*.yaml), loaded once at start-up; a bad file stops start-up with its
/// line and reason. An LA's own uploaded versions are found through Services/Instruments, which falls back to these.
public sealed class InstrumentCatalogue
{
    private readonly Dictionary<string, InstrumentDefinition> _byCode;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

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
        var texts = files.Select(f => (File: f, Yaml: File.ReadAllText(f))).ToList();
        var catalogue = new InstrumentCatalogue([.. texts.Select(t => InstrumentLoader.Parse(t.Yaml, t.File))]);
        foreach (var (instrument, yaml) in catalogue.All.Zip(texts.Select(t => t.Yaml)))
            catalogue._files[instrument.Code] = yaml;
        return catalogue;
    }

    /// The shipped file of an instrument, for an LA administrator to start their own version from; null when the
    /// catalogue was not loaded from files.
    public string? FileOf(string code) => _files.GetValueOrDefault(code);

    public InstrumentDefinition? Find(string code) => _byCode.GetValueOrDefault(code);

    public InstrumentDefinition Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"No instrument has the code '{code}'.");

    /// The instrument a person names by its code or its name (an import's Instrument column), or null.
    public InstrumentDefinition? FindByCodeOrName(string text) =>
        Find(text.Trim()) ?? All.FirstOrDefault(i => string.Equals(i.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));
}
