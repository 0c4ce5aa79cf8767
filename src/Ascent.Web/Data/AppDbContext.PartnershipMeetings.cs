using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Partnerships' meetings (docs/partnerships.md, "Meetings"): series, meetings, agenda items, attendance and actions.
/// Filtered by hand (AppDbContext.Filters): a setting sees the meetings of the partnerships it belongs to now.
public abstract partial class AppDbContext
{
    public DbSet<MeetingSeries> MeetingSeries => Set<MeetingSeries>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingAgendaItem> MeetingAgendaItems => Set<MeetingAgendaItem>();

    public DbSet<MeetingAttendance> MeetingAttendance => Set<MeetingAttendance>();

    public DbSet<MeetingAction> MeetingActions => Set<MeetingAction>();
}
