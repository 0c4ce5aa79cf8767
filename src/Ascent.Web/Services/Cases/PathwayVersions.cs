using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Cases;

/// The pathway versions each LA runs, as stored: an LA starts on the shipped definitions, stored as its version 1
/// the first time they are needed; an upload adds a version; cases keep the version they started on. Parsing and
/// caching the definitions is PathwayLibrary's.
public sealed class PathwayVersions(AppDbContext db, TimeProvider time, PathwayLibrary library)
{
    /// The latest version of each pathway the tenant runs, creating its version 1 from the shipped files if needed.
    public async Task<IReadOnlyList<(PathwayVersion Version, PathwayDefinition Definition)>> CurrentAsync(int tenantId, CancellationToken cancellationToken)
    {
        var versions = await LatestAsync(tenantId, cancellationToken);
        var missing = library.Shipped.Where(s => versions.All(v => v.Code != s.Definition.Code)).ToList();
        if (missing.Count > 0)
        {
            var at = time.GetUtcNow();
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

            versions = await LatestAsync(tenantId, cancellationToken);
        }

        return PathwayLibrary.ByPriority(versions.Select(v => (v, library.Definition(v))));
    }

    /// Stores an uploaded definition as the tenant's next version of that pathway. Throws DefinitionException, with
    /// the line and the reason, for a file that cannot be used; nothing is stored then.
    public async Task<PathwayVersion> UploadAsync(int tenantId, string yaml, string fileName, string uploadedBy, CancellationToken cancellationToken)
    {
        var definition = library.Parse(yaml, fileName);
        var current = await CurrentAsync(tenantId, cancellationToken);
        PathwayLibrary.CheckEnrolment(definition, fileName, current.Select(c => c.Definition.Code).ToList());
        var number = await db.PathwayVersions.Where(v => v.TenantId == tenantId && v.Code == definition.Code).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var version = new PathwayVersion(tenantId, definition.Code, definition.Name, number + 1, yaml, uploadedBy, time.GetUtcNow());
        db.PathwayVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// The definition a case follows: the pathway version it started on. The case was found through the query filters
    /// (or by the engine acting for its tenant); its own version goes with it.
    public async Task<PathwayDefinition> DefinitionOfAsync(SupportCase supportCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        var version = await db.PathwayVersions.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(v => v.Id == supportCase.PathwayVersionId && v.TenantId == supportCase.TenantId, cancellationToken);
        return library.Definition(version);
    }

    private async Task<List<PathwayVersion>> LatestAsync(int tenantId, CancellationToken cancellationToken)
    {
        var all = await db.PathwayVersions.AsNoTracking().Where(v => v.TenantId == tenantId).ToListAsync(cancellationToken);
        return [.. all.GroupBy(v => v.Code).Select(g => g.MaxBy(v => v.Number)!)];
    }
}
