using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Quality-mark network meetings (docs/quality-mark.md, "Network meetings"): the meetings an LA holds for its scheme's
/// members, who is invited and who came. Filtered by hand (AppDbContext.Filters): a setting sees only the meetings it
/// is invited to.
public abstract partial class AppDbContext
{
    public DbSet<NetworkMeeting> NetworkMeetings => Set<NetworkMeeting>();

    public DbSet<NetworkInvitation> NetworkInvitations => Set<NetworkInvitation>();

    public DbSet<NetworkAttendance> NetworkAttendance => Set<NetworkAttendance>();
}
