using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// A current member's attendance at the held meetings of a school year.
public sealed record MemberAttendance(int MemberId, string Name, bool IsSetting, int Present, int Apologies, int Absent)
{
    public bool NeverAttended => Present == 0;
}

/// A partnership's members and their attendance, "never attended" first.
public sealed record PartnershipAttendance(int Id, string Name, int Held, IReadOnlyList<MemberAttendance> Members);

/// A held meeting on a setting's record, with what was recorded for the setting.
public sealed record SettingMeeting(int MeetingId, string Partnership, string Series, DateOnly Date, AttendanceStatus Status);

/// Attendance over a school year (1 September to 31 August): by network for the LA, and on each setting's page.
/// The network report is four queries however many partnerships and meetings there are (docs/partnerships.md).
public sealed class MeetingAttendanceReport(AppDbContext db)
{
    /// The first day of the school year the day falls in.
    public static DateOnly SchoolYearStart(DateOnly day) => new(day.Month >= 9 ? day.Year : day.Year - 1, 9, 1);

    public async Task<IReadOnlyList<PartnershipAttendance>> ByNetworkAsync(DateOnly from, CancellationToken cancellationToken)
    {
        var to = from.AddYears(1);
        var partnerships = await db.Partnerships.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var members = await db.PartnershipMembers.AsNoTracking().Where(m => m.LeftOn == null)
            .Select(m => new { m.Id, m.PartnershipId, m.Name, IsSetting = m.SettingId != null }).ToListAsync(cancellationToken);
        var held = await db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Held && m.Date >= from && m.Date < to)
            .GroupBy(m => m.PartnershipId).Select(g => new { PartnershipId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = await db.MeetingAttendance.AsNoTracking().Where(a => a.Meeting.Status == MeetingStatus.Held && a.Meeting.Date >= from && a.Meeting.Date < to)
            .GroupBy(a => new { a.MemberId, a.Status }).Select(g => new { g.Key.MemberId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(int memberId, AttendanceStatus status) => counts.FirstOrDefault(c => c.MemberId == memberId && c.Status == status)?.Count ?? 0;
        return [.. partnerships.Select(p => new PartnershipAttendance(p.Id, p.Name, held.FirstOrDefault(h => h.PartnershipId == p.Id)?.Count ?? 0,
            [.. members.Where(m => m.PartnershipId == p.Id)
                .Select(m => new MemberAttendance(m.Id, m.Name, m.IsSetting, Count(m.Id, AttendanceStatus.Present), Count(m.Id, AttendanceStatus.Apologies), Count(m.Id, AttendanceStatus.Absent)))
                .OrderBy(m => !m.NeverAttended).ThenBy(m => m.Name, StringComparer.CurrentCulture)]))];
    }

    /// The held meetings of the school year on the setting's record (the filters show a setting only its own rows).
    public async Task<IReadOnlyList<SettingMeeting>> ForSettingAsync(int settingId, DateOnly from, CancellationToken cancellationToken) =>
        await db.MeetingAttendance.AsNoTracking()
            .Where(a => a.SettingId == settingId && a.Meeting.Status == MeetingStatus.Held && a.Meeting.Date >= from && a.Meeting.Date < from.AddYears(1))
            .OrderByDescending(a => a.Meeting.Date)
            .Select(a => new SettingMeeting(a.MeetingId, db.Partnerships.Where(p => p.Id == a.PartnershipId).Select(p => p.Name).FirstOrDefault() ?? "", a.Meeting.Series.Title, a.Meeting.Date, a.Status))
            .ToListAsync(cancellationToken);
}
