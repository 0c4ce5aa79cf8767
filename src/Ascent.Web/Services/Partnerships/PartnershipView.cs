using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// A current member as the partnership's page shows it. Standing and accreditation are a setting's public facts;
/// OpenCase is the LA's alone (null for a setting's people and for partners).
public sealed record MemberView(int Id, int? SettingId, string Name, PartnerType? PartnerType, MemberRole Role, MemberContact Contact, DateOnly JoinedOn,
    string? StandingCode, string? Accreditation, int? OpenCase);

/// A framework area and how many of the partnership's setting members have an open plan goal on it.
public sealed record Theme(string Area, int Settings);

/// Everything the partnership's page shows, read in a handful of queries however many members it has.
public sealed record PartnershipDetails(Partnership Partnership, string Kind, string? Lead, IReadOnlyList<MemberView> Members, int SettingMembers,
    IReadOnlyList<Theme>? Themes, IReadOnlyList<PartnershipMember> Former);

/// Reads a partnership for its page. The partnership and its members come through the query filters (a setting's
/// people find only their own partnerships). The members' facts are then read for exactly those settings, whoever
/// asks: standing and accreditation are public facts; open cases only for the LA's staff (cases are LA-only by their
/// own filter); the plans' themes are counts across the members, never a setting's own goals, and a setting's people
/// see them only when the partnership has at least ThemesFloor setting members, so no count points at one setting
/// (docs/partnerships.md).
public sealed class PartnershipView(AppDbContext db, FrameworkRegistry frameworks)
{
    public const int ThemesFloor = 5;

    public async Task<PartnershipDetails?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.AsNoTracking().Include(p => p.Kind).Include(p => p.Members).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partnership is null)
            return null;
        var lead = partnership.LeadUserId is { } leadId
            // A setting's staff see only their own setting's accounts; the lead is an LA officer of this partnership's
            // LA, and members are told who leads them: that one name, read past the filter within the LA.
            ? await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == leadId && u.TenantId == partnership.TenantId && u.SettingId == null)
                .Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        var current = partnership.CurrentMembers.ToList();
        var settingIds = current.Where(m => m.SettingId != null).Select(m => m.SettingId!.Value).ToList();
        var tenantId = partnership.TenantId;
        var isLa = db.CurrentUser.SettingId is null;

        // Read for the members only, in the partnership's LA: a setting's people may not read other settings at all.
        var standings = await db.Settings.IgnoreQueryFilters().AsNoTracking().Where(s => s.TenantId == tenantId && settingIds.Contains(s.Id))
            .Select(s => new { s.Id, s.StandingCode }).ToDictionaryAsync(s => s.Id, s => s.StandingCode, cancellationToken);
        var accreditations = (await db.Accreditations.IgnoreQueryFilters().AsNoTracking().Where(a => a.TenantId == tenantId && settingIds.Contains(a.SettingId))
            .Select(a => new { a.Id, a.SettingId, a.Status, a.Level }).ToListAsync(cancellationToken))
            .GroupBy(a => a.SettingId).ToDictionary(g => g.Key, g => Accreditation(g.OrderByDescending(a => a.Id).Select(a => (a.Status, a.Level)).ToList(), isLa));
        var cases = isLa
            ? (await db.Cases.AsNoTracking().Where(c => settingIds.Contains(c.SettingId) && c.Status == CaseStatus.Open).Select(c => new { c.SettingId, c.Id }).ToListAsync(cancellationToken))
                .GroupBy(c => c.SettingId).ToDictionary(g => g.Key, g => g.Min(c => c.Id))
            : [];
        var members = current.OrderBy(m => m.Role == MemberRole.Member).ThenBy(m => m.SettingId is null).ThenBy(m => m.Name, StringComparer.CurrentCulture)
            .Select(m => new MemberView(m.Id, m.SettingId, m.Name, m.PartnerType, m.Role, new MemberContact(m.ContactName, m.ContactRole, m.ContactEmail, m.ContactPhone), m.JoinedOn,
                m.SettingId is { } s ? standings.GetValueOrDefault(s) : null,
                m.SettingId is { } a ? accreditations.GetValueOrDefault(a) : null,
                m.SettingId is { } c && cases.TryGetValue(c, out var caseId) ? caseId : null))
            .ToList();
        var themes = isLa || settingIds.Count >= ThemesFloor ? await ThemesAsync(tenantId, settingIds, cancellationToken) : null;
        var former = partnership.Members.Where(m => !m.IsCurrent).OrderByDescending(m => m.LeftOn).ToList();
        return new PartnershipDetails(partnership, partnership.Kind.Name, lead, members, settingIds.Count, themes, former);
    }

    /// How many of the settings have an open goal on each framework area: counts only, most shared first.
    private async Task<IReadOnlyList<Theme>> ThemesAsync(int tenantId, List<int> settingIds, CancellationToken cancellationToken)
    {
        var goals = await db.PlanGoals.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.TenantId == tenantId && settingIds.Contains(g.SettingId) && g.AreaCode != null
                && (g.Status == Domain.Improvement.GoalStatus.NotStarted || g.Status == Domain.Improvement.GoalStatus.InProgress))
            .Select(g => new { g.SettingId, g.FrameworkCode, g.AreaCode }).Distinct().ToListAsync(cancellationToken);
        return goals.GroupBy(g => AreaName(g.FrameworkCode, g.AreaCode!))
            .Select(g => new Theme(g.Key, g.Select(x => x.SettingId).Distinct().Count()))
            .OrderByDescending(t => t.Settings).ThenBy(t => t.Area, StringComparer.CurrentCulture).ToList();
    }

    private string AreaName(string? framework, string area) =>
        framework is not null && frameworks.TryGet(framework, out var f) && f.FindArea(area) is { } found ? found.Name : area;

    /// The latest accreditation in words: a setting's people see only a current award (it is on the public register),
    /// the LA also where an application stands.
    private static string? Accreditation(List<(AccreditationStatus Status, string? Level)> latestFirst, bool isLa)
    {
        var current = latestFirst.FirstOrDefault(a => a.Status == AccreditationStatus.Accredited);
        if (current.Status == AccreditationStatus.Accredited)
            return current.Level is { Length: > 0 } level ? $"Accredited ({level})" : "Accredited";
        if (!isLa || latestFirst.Count == 0)
            return null;
        return latestFirst[0].Status switch
        {
            AccreditationStatus.Applied => "Applied",
            AccreditationStatus.InProgress or AccreditationStatus.Recommended or AccreditationStatus.Appealed => "Under way",
            AccreditationStatus.NotYet => "Not yet",
            _ => null,
        };
    }
}
