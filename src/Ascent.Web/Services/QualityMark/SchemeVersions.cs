using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// Which scheme each LA runs, and which one a cohort runs on: the LA's own uploaded version with the cohort's code and
/// version, or else the scheme Ascent ships with that code. Every page and service of the quality mark asks here, so a
/// cohort opened before an upload keeps its version and another LA's versions are never seen (the query filters read
/// the signed-in LA's rows; work acting as the system names the tenant). Parsing is SchemeLibrary's (cached there).
public sealed class SchemeVersions(AppDbContext db, SchemeLibrary library, TimeProvider time, ILogger<SchemeVersions> logger)
{
    private readonly Dictionary<(int, string, string), SchemeDefinition?> _found = [];

    /// A stored version as Ascent reads it now, or null when it no longer can (a later release removed an instrument it
    /// names, say): its cohort's pages then say it is not found, and the public register names levels by their codes,
    /// rather than every page failing.
    private SchemeDefinition? Read(SchemeVersion version)
    {
        try
        {
            return library.Definition(version);
        }
        catch (Domain.Definitions.DefinitionException e)
        {
            logger.LogError(e, "Version {Version} of scheme {Code} of LA {TenantId} can no longer be read", version.Version, version.Code, version.TenantId);
            return null;
        }
    }

    /// The scheme the cohort runs on, or null when neither the LA nor Ascent has it any longer.
    public Task<SchemeDefinition?> OfCohortAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return FindAsync(cohort.TenantId, cohort.SchemeCode, cohort.SchemeVersion, cancellationToken);
    }

    public async Task<SchemeDefinition?> FindAsync(int tenantId, string code, string version, CancellationToken cancellationToken)
    {
        if (_found.TryGetValue((tenantId, code, version), out var known))
            return known;
        var stored = await db.SchemeVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.TenantId == tenantId && v.Code == code && v.Version == version, cancellationToken);
        var found = stored is null ? library.Find(code) : Read(stored);
        _found[(tenantId, code, version)] = found;
        return found;
    }

    /// The public register's reader: nobody is signed in there, so the filters would find nothing. As the register's
    /// other reads (PublicRegister), this reads past them by the tenant id in the address, and only to name levels.
    /// Reads only the versions the register's cohorts run on (`used`: code and version), so an anonymous request does
    /// not bring back every file the LA ever uploaded.
    public async Task<Func<string, string, SchemeDefinition?>> ForPublicRegisterAsync(int tenantId, IReadOnlyCollection<(string Code, string Version)> used, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(used);
        var codes = used.Select(u => u.Code).Distinct().ToList();
        var versions = used.Select(u => u.Version).Distinct().ToList();
        var stored = await db.SchemeVersions.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.TenantId == tenantId && codes.Contains(v.Code) && versions.Contains(v.Version)).ToListAsync(cancellationToken);
        return (code, version) => stored.FirstOrDefault(v => v.Code == code && v.Version == version) is { } own ? Read(own) : library.Find(code);
    }

    /// The schemes an LA runs now, in the order of their names: for each code its latest upload, or the shipped file.
    /// New cohorts open on these.
    public async Task<IReadOnlyList<CurrentScheme>> CurrentAsync(int tenantId, CancellationToken cancellationToken)
    {
        var stored = await db.SchemeVersions.AsNoTracking().Where(v => v.TenantId == tenantId).ToListAsync(cancellationToken);
        // For each code the latest version Ascent can still read, else the shipped file of that code.
        var latest = stored.GroupBy(v => v.Code)
            .Select(g => g.OrderByDescending(v => v.Id).Select(v => (Definition: Read(v), Version: v)).FirstOrDefault(v => v.Definition is not null))
            .Where(v => v.Definition is not null)
            .Select(v => new CurrentScheme(v.Definition!, v.Version)).ToList();
        var shipped = library.Shipped.Where(s => latest.All(v => v.Definition.Code != s.Definition.Code))
            .Select(s => new CurrentScheme(s.Definition, null));
        return [.. latest.Concat(shipped)
            .OrderBy(s => s.Definition.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Definition.Code, StringComparer.Ordinal)];
    }

    /// Stores an uploaded file as the LA's version of the scheme its code names: it becomes current for new cohorts.
    /// Throws DefinitionException (with the line and reason) for a file Ascent cannot run; refuses, with the reason, a
    /// version the LA already has or Ascent ships. Nothing is stored either way.
    public async Task<SchemeUpload> UploadAsync(int tenantId, string yaml, string fileName, string uploadedBy, CancellationToken cancellationToken)
    {
        var definition = library.Parse(yaml, fileName);
        if (library.Find(definition.Code) is { } ship && ship.Version == definition.Version)
            return SchemeUpload.Refused($"version {definition.Version} of {ship.Name} is the one Ascent ships. Give your file another version.");
        if (await TakenAsync(tenantId, definition, cancellationToken))
            return Taken(definition);
        // A cohort keeps the version it opened on: a file claiming a version a cohort already runs (a shipped one since
        // replaced) would change that cohort's rules under it.
        if (await db.Cohorts.AnyAsync(c => c.TenantId == tenantId && c.SchemeCode == definition.Code && c.SchemeVersion == definition.Version, cancellationToken))
            return SchemeUpload.Refused($"a cohort already runs version {definition.Version} of {definition.Name}. Give your file another version.");
        // Certificate references are the code's initials, at most 10 letters (CertificateReference).
        if (CertificateReference.Prefix(definition.Code).Length > 10)
            return SchemeUpload.Refused($"the code {definition.Code} has more than 10 words: certificate references are made from its initials. Give it a shorter code.");
        var version = new SchemeVersion(tenantId, definition, yaml, fileName, uploadedBy, time.GetUtcNow());
        db.SchemeVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another upload of the same version may have been saved between the check and this save: the unique
            // index refused ours. Anything else is not ours to explain.
            db.Entry(version).State = EntityState.Detached;
            if (await TakenAsync(tenantId, definition, cancellationToken))
                return Taken(definition);
            throw;
        }

        return new SchemeUpload(version, null);
    }

    private Task<bool> TakenAsync(int tenantId, SchemeDefinition definition, CancellationToken cancellationToken) =>
        db.SchemeVersions.AnyAsync(v => v.TenantId == tenantId && v.Code == definition.Code && v.Version == definition.Version, cancellationToken);

    private static SchemeUpload Taken(SchemeDefinition definition) =>
        SchemeUpload.Refused($"version {definition.Version} of {definition.Name} is already stored. Give the new file another version.");
}

/// A scheme an LA runs now: its definition, and the upload it came from (null for the file Ascent ships).
public sealed record CurrentScheme(SchemeDefinition Definition, SchemeVersion? Upload);

/// What an upload did: the version stored, or why nothing was.
public sealed record SchemeUpload(SchemeVersion? Stored, string? Refusal)
{
    public static SchemeUpload Refused(string reason) => new(null, reason);
}
