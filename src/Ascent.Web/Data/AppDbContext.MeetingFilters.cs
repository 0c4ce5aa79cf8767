using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Partnerships' meetings follow their partnership: the LA's staff see all of their LA's, a setting's staff those of
/// the partnerships their setting belongs to now (series, meetings, agenda, minutes and actions). Of the attendance, a
/// setting's staff see who was present (the minutes name them) and every row of their own setting; another setting's
/// apologies or absence is for the LA and that setting alone.
public abstract partial class AppDbContext
{
    private void AddMeetingFilters(ModelBuilder builder)
    {
        builder.Entity<MeetingSeries>().HasQueryFilter(s => ScopeAllTenants
            || (s.TenantId == ScopeTenantId && (ScopeSettingId == null
                || PartnershipMembers.Any(m => m.PartnershipId == s.PartnershipId && m.SettingId == ScopeSettingId && m.LeftOn == null))));
        builder.Entity<Meeting>().HasQueryFilter(x => ScopeAllTenants
            || (x.TenantId == ScopeTenantId && (ScopeSettingId == null
                || PartnershipMembers.Any(m => m.PartnershipId == x.PartnershipId && m.SettingId == ScopeSettingId && m.LeftOn == null))));
        builder.Entity<MeetingAgendaItem>().HasQueryFilter(i => ScopeAllTenants
            || (i.TenantId == ScopeTenantId && (ScopeSettingId == null
                || PartnershipMembers.Any(m => m.PartnershipId == i.PartnershipId && m.SettingId == ScopeSettingId && m.LeftOn == null))));
        builder.Entity<MeetingAction>().HasQueryFilter(a => ScopeAllTenants
            || (a.TenantId == ScopeTenantId && (ScopeSettingId == null
                || PartnershipMembers.Any(m => m.PartnershipId == a.PartnershipId && m.SettingId == ScopeSettingId && m.LeftOn == null))));
        builder.Entity<MeetingAttendance>().HasQueryFilter(a => ScopeAllTenants
            || (a.TenantId == ScopeTenantId && (ScopeSettingId == null || a.SettingId == ScopeSettingId
                || (a.Status == AttendanceStatus.Present
                    && PartnershipMembers.Any(m => m.PartnershipId == a.PartnershipId && m.SettingId == ScopeSettingId && m.LeftOn == null)))));
    }
}
