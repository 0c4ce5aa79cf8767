using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Services.Instruments;

/// The instruments the signed-in person's LA records with: Ascent's own (InstrumentCatalogue) unless the LA has
/// uploaded its own version. Every page, import and export asks here, never the catalogue directly, so an LA's
/// version and its licensed indicator texts apply everywhere at once. An audit is always scored on the version it
/// started with (Audit.InstrumentVersion).
public sealed class InstrumentDefinitions(InstrumentCatalogue catalogue, LicensedTexts licensedTexts)
{
    /// Every instrument a new audit can start on, current versions.
    public Task<IReadOnlyList<InstrumentDefinition>> CurrentAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(catalogue.All);

    /// The current version of an instrument, or null when there is no such instrument.
    public Task<InstrumentDefinition?> CurrentAsync(string code, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalogue.Find(code));

    /// The version an audit started on, or null when it is no longer known.
    public Task<InstrumentDefinition?> VersionAsync(string code, string version, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalogue.Find(code) is { } found && found.Version == version ? found : null);

    /// The instrument with the tenant's licensed indicator texts put into its items (when it holds a licence and
    /// has imported them), so an observer can tick indicators and Ascent derive each item's score.
    public Task<InstrumentDefinition> WithLicensedTextsAsync(InstrumentDefinition instrument, CancellationToken cancellationToken = default) =>
        licensedTexts.ForCurrentUserAsync(instrument, cancellationToken);
}
