namespace Ascent.Web.Domain.Partnerships;

/// A member's attendance at a meeting: present, apologies or absent. Kept on the setting's record: the members see
/// who was present (the minutes name them); a setting's apologies or absence only the LA and that setting see.
public sealed class MeetingAttendance
{
    private MeetingAttendance()
    {
        Name = "";
    }

    internal MeetingAttendance(Meeting meeting, AttendanceMark mark)
    {
        Meeting = meeting;
        TenantId = meeting.TenantId;
        PartnershipId = meeting.PartnershipId;
        MemberId = mark.MemberId;
        SettingId = mark.SettingId;
        Name = Meeting.Cut(mark.Name, PartnershipMember.NameMaxLength)!;
        Status = mark.Status;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int PartnershipId { get; private set; }

    public int MeetingId { get; private set; }

    public Meeting Meeting { get; private set; } = null!;

    public int MemberId { get; private set; }

    /// The member setting, or null for a partner who is not a setting.
    public int? SettingId { get; private set; }

    /// The member's name on the day.
    public string Name { get; private set; }

    public AttendanceStatus Status { get; private set; }

    internal void Mark(AttendanceStatus status) => Status = status;

    public static string Label(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "Present",
        AttendanceStatus.Apologies => "Apologies",
        _ => "Absent",
    };
}
