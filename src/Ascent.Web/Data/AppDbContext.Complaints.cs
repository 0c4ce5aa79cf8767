using Ascent.Web.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Compliments and complaints (docs/complaints.md): the LA's teams and themes, and the register itself, whose privacy
/// is this one filter, so no page decides it.
public abstract partial class AppDbContext
{
    public DbSet<ComplaintTeam> ComplaintTeams => Set<ComplaintTeam>();

    public DbSet<ComplaintTheme> ComplaintThemes => Set<ComplaintTheme>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    // The LA administrator and the Improvement and Standards Manager see every one of their LA's.
    private bool ScopeSeesAllComplaints => _currentUser.IsInRole(Domain.People.Roles.LaAdministrator) || _currentUser.IsInRole(Domain.People.Roles.ImprovementAndStandardsManager);

    // A setting's owner and manager speak for it; its practitioners do not see its complaints.
    private bool ScopeSpeaksForSetting => _currentUser.IsInRole(Domain.People.Roles.SettingOwner) || _currentUser.IsInRole(Domain.People.Roles.SettingManager);

    // The officer a complaint is about never sees it until the manager shares it (a compliment is shared at once), not
    // even when they hold a role that sees the others. Otherwise the LA's staff see: all of them for the LA
    // administrator and the Improvement and Standards Manager, the named manager's own, those they recorded, and the
    // shared ones about themselves. A setting's owner and manager see their own setting's, never another's.
    private void AddComplaintFilters(ModelBuilder builder) =>
        builder.Entity<Complaint>().HasQueryFilter(c => ScopeAllTenants
            || (c.TenantId == ScopeTenantId && (ScopeSettingId == null
                ? (c.OfficerId != ScopeUserId || c.SharedAt != null)
                    && (ScopeSeesAllComplaints || c.ManagerId == ScopeUserId || c.RecordedById == ScopeUserId || c.OfficerId == ScopeUserId)
                : ScopeSpeaksForSetting && c.SettingId == ScopeSettingId)));
}
