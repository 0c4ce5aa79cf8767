using Ascent.Web.Data;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Ascent.Web.Services.Instruments;

/// The instruments the signed-in person's LA records with: Ascent's own (InstrumentCatalogue) unless the LA has
/// uploaded its own version, whose newest upload of a code wins. Every page, import and export asks here, never the
/// catalogue directly, so an LA's version and its licensed indicator texts apply everywhere at once. An audit is
/// always scored on the version it started with (Audit.InstrumentVersion), found by VersionAsync.
/// Someone of no LA (a system administrator) sees Ascent's own; commands and jobs acting for an LA name its tenant.
/// Scoped: the LA's upload rows are read once per request, however many instruments a page resolves.
public sealed class InstrumentDefinitions(InstrumentCatalogue catalogue, AppDbContext db, IMemoryCache cache, LicensedTexts licensedTexts)
{
    /// Every instrument a new audit can start on, current versions.
    public Task<IReadOnlyList<InstrumentDefinition>> CurrentAsync(CancellationToken cancellationToken = default) =>
        CurrentForTenantAsync(db.CurrentUser.TenantId, cancellationToken);

    /// The current version of an instrument, or null when there is no such instrument.
    public Task<InstrumentDefinition?> CurrentAsync(string code, CancellationToken cancellationToken = default) =>
        CurrentForTenantAsync(db.CurrentUser.TenantId, code, cancellationToken);

    /// The version an audit started on, or null when it is no longer known.
    public Task<InstrumentDefinition?> VersionAsync(string code, string version, CancellationToken cancellationToken = default) =>
        VersionForTenantAsync(db.CurrentUser.TenantId, code, version, cancellationToken);

    /// The instrument with the tenant's licensed indicator texts put into its items (when it holds a licence and
    /// has imported them), so an observer can tick indicators and Ascent derive each item's score.
    public Task<InstrumentDefinition> WithLicensedTextsAsync(InstrumentDefinition instrument, CancellationToken cancellationToken = default) =>
        licensedTexts.ForCurrentUserAsync(instrument, cancellationToken);

    /// The version an audit started on, with the licensed indicator texts only when the audit ticks indicators (an
    /// audit of item scores never shows them, so it does not read them); null when that version is no longer known.
    public async Task<InstrumentDefinition?> OfAuditAsync(Audit audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var instrument = await VersionAsync(audit.InstrumentCode, audit.InstrumentVersion, cancellationToken);
        return instrument is null || audit.Mode != AuditMode.Indicators ? instrument : await WithLicensedTextsAsync(instrument, cancellationToken);
    }

    /// The current versions for an LA (null: Ascent's own only), in the catalogue's order, the LA's new codes after.
    public async Task<IReadOnlyList<InstrumentDefinition>> CurrentForTenantAsync(int? tenantId, CancellationToken cancellationToken = default)
    {
        var uploads = await UploadsAsync(tenantId, null, cancellationToken);
        var current = new List<InstrumentDefinition>();
        foreach (var shipped in catalogue.All)
            current.Add(await NewestAsync(uploads, shipped.Code, cancellationToken) ?? shipped);
        foreach (var code in uploads.Select(u => u.Code).Distinct().Where(c => catalogue.Find(c) is null).Order(StringComparer.Ordinal))
        {
            if (await NewestAsync(uploads, code, cancellationToken) is { } own)
                current.Add(own);
        }

        return current;
    }

    public async Task<InstrumentDefinition?> CurrentForTenantAsync(int? tenantId, string code, CancellationToken cancellationToken = default) =>
        await NewestAsync(await UploadsAsync(tenantId, code, cancellationToken), code, cancellationToken) ?? catalogue.Find(code);

    /// The LA's upload of that version first: an upload can never reuse a version that already existed (UploadAsync),
    /// so a version the LA uploaded that Ascent later ships too is still the LA's for the audits that started on it.
    public async Task<InstrumentDefinition?> VersionForTenantAsync(int? tenantId, string code, string version, CancellationToken cancellationToken = default)
    {
        var upload = (await UploadsAsync(tenantId, code, cancellationToken)).Where(u => u.Version == version).MaxBy(u => u.Id);
        if (upload is not null && await ParsedAsync(upload, cancellationToken) is { } own)
            return own;
        return catalogue.Find(code) is { } shipped && shipped.Version == version ? shipped : null;
    }

    /// Every version of an instrument the LA has had, newest first: its uploads, then Ascent's own.
    public async Task<IReadOnlyList<InstrumentVersion>> VersionsAsync(int? tenantId, string code, CancellationToken cancellationToken = default)
    {
        var uploads = await UploadsAsync(tenantId, code, cancellationToken);
        var current = await CurrentForTenantAsync(tenantId, code, cancellationToken);
        var versions = uploads.OrderByDescending(u => u.Id)
            .Select(u => new InstrumentVersion(u.Version, u.Name, u.UploadedBy, u.UploadedAt, false, false)).ToList();
        if (catalogue.Find(code) is { } shipped)
            versions.Add(new InstrumentVersion(shipped.Version, shipped.Name, null, null, true, false));
        var currentAt = versions.FindIndex(v => v.Version == current?.Version);
        if (currentAt >= 0)
            versions[currentAt] = versions[currentAt] with { Current = true };
        return versions;
    }

    /// Whether this is Ascent's own shipped definition rather than an LA's upload.
    public bool IsAscentsOwn(InstrumentDefinition instrument) => ReferenceEquals(catalogue.Find(instrument.Code), instrument);

    /// The definition file of one version, as shipped or uploaded, or null when there is no such version.
    public async Task<string?> FileAsync(int? tenantId, string code, string version, CancellationToken cancellationToken = default)
    {
        if (tenantId is { } tenant)
        {
            var own = await db.InstrumentUploads.AsNoTracking()
                .Where(u => u.TenantId == tenant && u.Code == code && u.Version == version)
                .Select(u => u.Yaml).FirstOrDefaultAsync(cancellationToken);
            if (own is not null)
                return own;
        }

        return catalogue.Find(code)?.Version == version ? catalogue.FileOf(code) : null;
    }

    /// Stores an uploaded file as the LA's newest version of its code. Throws DefinitionException, with the line and
    /// the reason, for a file that cannot be used (InstrumentLoader's checks, a version that already exists, a
    /// change of scoring rule or of what it applies to); nothing is stored then.
    public async Task<InstrumentUpload> UploadAsync(int tenantId, string yaml, string fileName, string uploadedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var definition = InstrumentLoader.Parse(yaml, fileName);
        var existing = await VersionsAsync(tenantId, definition.Code, cancellationToken);
        if (existing.Any(v => v.Version == definition.Version))
        {
            throw Refused(yaml, fileName, "version",
                $"version {definition.Version} of this instrument already exists: give the file a new version.");
        }

        if (await CurrentForTenantAsync(tenantId, definition.Code, cancellationToken) is { } current)
        {
            if (current.Scoring != definition.Scoring)
                throw Refused(yaml, fileName, "scoring", $"an instrument keeps its scoring rule from version to version ({current.Name} is scored as {InstrumentWords.Rule(current.Scoring).ToLowerInvariant()}): give a different instrument a new code.");
            if (current.AppliesTo != definition.AppliesTo)
                throw Refused(yaml, fileName, "applies_to", $"an instrument keeps what it applies to from version to version ({current.Name} records {InstrumentWords.Level(current.AppliesTo).ToLowerInvariant()}): give a different instrument a new code.");
        }

        var upload = new InstrumentUpload(tenantId, definition, yaml, uploadedBy, at);
        db.InstrumentUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        _uploads.Clear();
        return upload;
    }

    private static DefinitionException Refused(string yaml, string fileName, string key, string reason)
    {
        var (line, column) = InstrumentLoader.PositionOf(yaml, fileName, key);
        return new DefinitionException(fileName, line, column, reason);
    }

    // An LA's upload rows (without their files), read once per scope, so a page that resolves ten instruments sends
    // one query for them. Read through the query filters (the LA's own, or any LA's for a job acting as the system,
    // narrowed to the one named), so they are kept per tenant and per who was asking; an upload in this scope
    // forgets them. The file itself is read only when its parse is not cached.
    private readonly Dictionary<(int Tenant, bool System, int? AskingTenant), List<UploadRow>> _uploads = [];

    private async Task<List<UploadRow>> UploadsAsync(int? tenantId, string? code, CancellationToken cancellationToken)
    {
        if (tenantId is not { } tenant)
            return [];
        var key = (tenant, db.CurrentUser.IsSystem, db.CurrentUser.TenantId);
        if (!_uploads.TryGetValue(key, out var rows))
        {
            rows = await db.InstrumentUploads.AsNoTracking()
                .Where(u => u.TenantId == tenant)
                .Select(u => new UploadRow(u.Id, u.Code, u.Version, u.Name, u.UploadedBy, u.UploadedAt))
                .ToListAsync(cancellationToken);
            _uploads[key] = rows;
        }

        return code is null ? rows : rows.Where(u => u.Code == code).ToList();
    }

    // The newest upload that still loads: one a later, stricter Ascent refuses gives way to the one before it.
    private async Task<InstrumentDefinition?> NewestAsync(List<UploadRow> uploads, string code, CancellationToken cancellationToken)
    {
        foreach (var upload in uploads.Where(u => u.Code == code).OrderByDescending(u => u.Id))
        {
            if (await ParsedAsync(upload, cancellationToken) is { } definition)
                return definition;
        }

        return null;
    }

    private async Task<InstrumentDefinition?> ParsedAsync(UploadRow upload, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync<InstrumentDefinition?>(("instrument-upload", upload.Id), async entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            var yaml = await db.InstrumentUploads.AsNoTracking().Where(u => u.Id == upload.Id).Select(u => u.Yaml).SingleAsync(cancellationToken);
            try
            {
                return InstrumentLoader.Parse(yaml, $"{upload.Code} version {upload.Version}");
            }
            catch (DefinitionException)
            {
                return null;
            }
        });

    private sealed record UploadRow(int Id, string Code, string Version, string Name, string UploadedBy, DateTimeOffset UploadedAt);
}

/// One version of an instrument as an LA has had it: Ascent's own (Shipped) or one it uploaded, by whom and when.
public sealed record InstrumentVersion(string Version, string Name, string? UploadedBy, DateTimeOffset? UploadedAt, bool Shipped, bool Current);
