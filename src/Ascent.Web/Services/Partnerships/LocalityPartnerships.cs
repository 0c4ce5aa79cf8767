using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// A locality grouping on the LA's register (Setting.LocalityPartnership): how many settings on the register carry
/// it, and the partnership made from it, if one was.
public sealed record LocalityRow(string Locality, int Settings, int? PartnershipId);

/// Turns the register's locality groupings into partnerships, and keeps them joined: a setting given a grouping
/// later joins the partnership made from it. The grouping itself stays on the setting, so the settings list's
/// locality filter works as before.
public sealed class LocalityPartnerships(AppDbContext db, PartnershipKinds kinds, TimeProvider time)
{
    public async Task<IReadOnlyList<LocalityRow>> ListAsync(CancellationToken cancellationToken)
    {
        var groupings = await db.Settings.AsNoTracking().Where(s => s.LocalityPartnership != null && s.LeftRegisterOn == null)
            .GroupBy(s => s.LocalityPartnership!).Select(g => new { Locality = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var made = await db.Partnerships.AsNoTracking().Where(p => p.Locality != null).Select(p => new { p.Id, p.Locality }).ToListAsync(cancellationToken);
        return groupings.OrderBy(g => g.Locality, StringComparer.CurrentCulture)
            .Select(g => new LocalityRow(g.Locality, g.Count, made.Where(p => p.Locality == g.Locality).Select(p => (int?)p.Id).FirstOrDefault()))
            .ToList();
    }

    /// Makes the grouping a partnership of the kind "Locality partnership", every setting on the register with the
    /// grouping a member. Refused, with nothing made, when it is one already or no setting carries it.
    public async Task<(Partnership? Made, string? Refused)> MakeAsync(string locality, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentUser.TenantId ?? throw new InvalidOperationException("Only an LA's staff make partnerships.");
        var name = locality.Trim();
        if (await db.Partnerships.AnyAsync(p => p.Locality == name, cancellationToken))
            return (null, $"{name} is already a partnership: nothing was made");
        if (name.Length > Partnership.NameMaxLength)
            return (null, $"The grouping's name is longer than a partnership's name may be ({Partnership.NameMaxLength} characters): shorten it on the groupings page first");
        if (await db.Partnerships.AnyAsync(p => p.Name == name, cancellationToken))
            return (null, $"There is already a partnership called {name}: rename it first, then try again");
        var settings = await db.Settings.Where(s => s.LocalityPartnership == name && s.LeftRegisterOn == null)
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        if (settings.Count == 0)
            return (null, $"No setting on your register is in {name}: nothing was made");
        var kind = await kinds.LocalityKindAsync(tenantId, cancellationToken);
        var partnership = new Partnership(tenantId, kind.Id, name, name, db.CurrentUser.DisplayName, time.GetUtcNow());
        foreach (var setting in settings)
            partnership.AddSetting(setting.Id, setting.Name, MemberRole.Member, MemberContact.None, time.Today());
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(cancellationToken);
        return (partnership, null);
    }

    /// After settings' groupings change (before the caller saves): each joins the open partnership made from its new
    /// grouping, if there is one and it is not a member already. It does not leave its old one: a setting that moves
    /// may still take part, and leaving is the partnership's decision. Returns how many joined.
    public async Task<int> JoinAsync(IReadOnlyCollection<Setting> settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var localities = settings.Where(s => s.LocalityPartnership != null && s.LeftRegisterOn == null).Select(s => s.LocalityPartnership!).Distinct().ToList();
        if (localities.Count == 0)
            return 0;
        var partnerships = await db.Partnerships.Include(p => p.Members)
            .Where(p => p.Locality != null && localities.Contains(p.Locality) && p.ClosedOn == null).ToListAsync(cancellationToken);
        var joined = 0;
        foreach (var setting in settings.Where(s => s.LeftRegisterOn == null))
        {
            var partnership = partnerships.FirstOrDefault(p => p.Locality == setting.LocalityPartnership);
            if (partnership is null || partnership.HasSetting(setting.Id))
                continue;
            partnership.AddSetting(setting.Id, setting.Name, MemberRole.Member, MemberContact.None, time.Today());
            joined++;
        }

        return joined;
    }
}
