using System.Collections.Concurrent;
using Ascent.Web.Data;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Domain.Cases;

/// The pathway definitions Ascent ships (pathways/*.yaml, validated at start-up) and the versions each LA runs.
/// An LA starts on the shipped definitions, stored as its version 1 the first time they are needed; an upload adds
/// a version; cases keep the version they started on.
public sealed class PathwayLibrary
{
    private readonly FrameworkRegistry _frameworks;
    private readonly ConcurrentDictionary<int, PathwayDefinition> _parsed = new();

    public PathwayLibrary(FrameworkRegistry frameworks, IReadOnlyList<(PathwayDefinition Definition, string Yaml)> shipped)
    {
        _frameworks = frameworks;
        Shipped = shipped;
        var codes = shipped.Select(s => s.Definition.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (definition, _) in shipped)
        {
            if (definition.Exit.Enrol is { } enrol && !codes.Contains(enrol))
                throw new DefinitionException(definition.Code, 1, 1, $"exit enrols in '{enrol}', which is not a shipped pathway.");
        }
    }

    public IReadOnlyList<(PathwayDefinition Definition, string Yaml)> Shipped { get; }

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

    public PathwayDefinition Parse(string yaml, string file) => PathwayLoader.Parse(yaml, file, _frameworks);

    /// The definition a stored version holds; versions never change, so each is parsed once.
    public PathwayDefinition Definition(PathwayVersion version) =>
        _parsed.GetOrAdd(version.Id, _ => Parse(version.Yaml, $"{version.Code} version {version.Number}"));

    /// The latest version of each pathway the tenant runs, creating its version 1 from the shipped files if needed.
    public async Task<IReadOnlyList<(PathwayVersion Version, PathwayDefinition Definition)>> CurrentAsync(AppDbContext db, int tenantId, CancellationToken cancellationToken)
    {
        var versions = await LatestAsync(db, tenantId, cancellationToken);
        var missing = Shipped.Where(s => versions.All(v => v.Code != s.Definition.Code)).ToList();
        if (missing.Count > 0)
        {
            var at = db.Time.GetUtcNow();
            foreach (var (definition, yaml) in missing)
                db.PathwayVersions.Add(new PathwayVersion(tenantId, definition.Code, definition.Name, 1, yaml, "Ascent (shipped definition)", at));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request or instance stored them first; theirs are the same files.
                foreach (var entry in db.ChangeTracker.Entries<PathwayVersion>().Where(e => e.State == EntityState.Added).ToList())
                    entry.State = EntityState.Detached;
            }

            versions = await LatestAsync(db, tenantId, cancellationToken);
        }

        return [.. versions.Select(v => (v, Definition(v))).OrderByDescending(p => p.Item2.Priority)];
    }

    /// Stores an uploaded definition as the tenant's next version of that pathway. Throws DefinitionException, with
    /// the line and the reason, for a file that cannot be used; nothing is stored then.
    public async Task<PathwayVersion> UploadAsync(AppDbContext db, int tenantId, string yaml, string fileName, string uploadedBy, CancellationToken cancellationToken)
    {
        var definition = Parse(yaml, fileName);
        var current = await CurrentAsync(db, tenantId, cancellationToken);
        if (definition.Exit.Enrol is { } enrol && enrol != definition.Code && current.All(c => c.Definition.Code != enrol))
            throw new DefinitionException(fileName, 1, 1, $"exit enrols in '{enrol}', which is not one of your pathways: {string.Join(", ", current.Select(c => c.Definition.Code))}.");
        var number = await db.PathwayVersions.Where(v => v.TenantId == tenantId && v.Code == definition.Code).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var version = new PathwayVersion(tenantId, definition.Code, definition.Name, number + 1, yaml, uploadedBy, db.Time.GetUtcNow());
        db.PathwayVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    private static async Task<List<PathwayVersion>> LatestAsync(AppDbContext db, int tenantId, CancellationToken cancellationToken)
    {
        var all = await db.PathwayVersions.AsNoTracking().Where(v => v.TenantId == tenantId).ToListAsync(cancellationToken);
        return [.. all.GroupBy(v => v.Code).Select(g => g.MaxBy(v => v.Number)!)];
    }
}
