using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// The LA's kinds of partnership: Ascent's defaults (PartnershipKind.Defaults) until the LA changes them, made the
/// first time an LA's kinds are read, so a new LA and an old one start the same.
public sealed class PartnershipKinds(AppDbContext db)
{
    /// The LA's kinds, the defaults added first if it has none.
    public async Task<IReadOnlyList<PartnershipKind>> ForTenantAsync(int tenantId, CancellationToken cancellationToken = default)
    {
        var kinds = await db.PartnershipKinds.Where(k => k.TenantId == tenantId).OrderBy(k => k.Name).ToListAsync(cancellationToken);
        if (kinds.Count > 0)
            return kinds;
        foreach (var (name, description) in PartnershipKind.Defaults)
            db.PartnershipKinds.Add(new PartnershipKind(tenantId, name, description));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request made them at the same moment (the unique name per LA refused ours): read theirs.
            db.ChangeTracker.Clear();
        }

        return await db.PartnershipKinds.Where(k => k.TenantId == tenantId).OrderBy(k => k.Name).ToListAsync(cancellationToken);
    }

    /// The kind a locality grouping becomes, made if the LA has renamed it away.
    public async Task<PartnershipKind> LocalityKindAsync(int tenantId, CancellationToken cancellationToken = default)
    {
        var kinds = await ForTenantAsync(tenantId, cancellationToken);
        var kind = kinds.FirstOrDefault(k => k.Name == PartnershipKind.LocalityPartnership);
        if (kind is not null)
            return kind;
        kind = new PartnershipKind(tenantId, PartnershipKind.LocalityPartnership, PartnershipKind.Defaults[0].Description);
        db.PartnershipKinds.Add(kind);
        await db.SaveChangesAsync(cancellationToken);
        return kind;
    }
}
