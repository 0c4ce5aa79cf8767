using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// A partnership in the list: its kind, how many current members, who leads it and the locality it was made from.
public sealed record PartnershipRow(int Id, string Name, int KindId, string Kind, int Members, string? Lead, string? Locality, DateOnly? ClosedOn);

/// A partnership of the setting's, for its page.
public sealed record SettingPartnership(int Id, string Name, string Kind, MemberRole Role);

/// Reads the partnerships the signed-in person may see: the LA's staff all of their LA's, a setting's staff only their
/// own setting's (the query filters decide; nothing here filters by tenant).
public sealed class PartnershipDirectory(AppDbContext db)
{
    public async Task<IReadOnlyList<PartnershipRow>> ListAsync(int? kindId, CancellationToken cancellationToken)
    {
        var query = db.Partnerships.AsNoTracking();
        if (kindId is { } kind)
            query = query.Where(p => p.KindId == kind);
        var rows = await query.OrderBy(p => p.ClosedOn != null).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.KindId, Kind = p.Kind.Name, Members = p.Members.Count(m => m.LeftOn == null), p.LeadUserId, p.TenantId, p.Locality, p.ClosedOn })
            .ToListAsync(cancellationToken);
        // The leads are LA officers, named to the members too, though a setting's staff see only their own accounts:
        // their names alone, read past the filter for these ids within the partnerships' LA (a query of its own, as
        // IgnoreQueryFilters applies to a whole query).
        var leadIds = rows.Where(r => r.LeadUserId != null).Select(r => r.LeadUserId!.Value).Distinct().ToList();
        var tenantIds = rows.Select(r => r.TenantId).Distinct().ToList();
        var leads = leadIds.Count == 0 ? [] : await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => leadIds.Contains(u.Id) && u.TenantId != null && tenantIds.Contains(u.TenantId.Value) && u.SettingId == null)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. rows.Select(r => new PartnershipRow(r.Id, r.Name, r.KindId, r.Kind, r.Members,
            r.LeadUserId is { } lead ? leads.GetValueOrDefault(lead) : null, r.Locality, r.ClosedOn))];
    }

    /// The partnerships a setting belongs to now, for its page.
    public async Task<IReadOnlyList<SettingPartnership>> OfSettingAsync(int settingId, CancellationToken cancellationToken) =>
        await db.PartnershipMembers.AsNoTracking().Where(m => m.SettingId == settingId && m.LeftOn == null)
            .OrderBy(m => m.Partnership.Name)
            .Select(m => new SettingPartnership(m.PartnershipId, m.Partnership.Name, m.Partnership.Kind.Name, m.Role))
            .ToListAsync(cancellationToken);

    /// The LA's officers who may lead a partnership (active, not a setting's), by name.
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OfficersAsync(CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().Where(u => u.IsActive && u.SettingId == null && u.TenantId != null)
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
        .Select(u => (u.Id, u.DisplayName)).ToList();
}
