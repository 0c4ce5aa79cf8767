namespace Ascent.Web.Domain.Partnerships;

public enum MeetingStatus
{
    Planned,
    Held,
    Cancelled,
}

public enum MeetingMode
{
    InPerson,
    Online,
}

public enum AttendanceStatus
{
    Present,
    Apologies,
    Absent,
}

public enum AgendaItemStatus
{
    Proposed,
    Accepted,
    Declined,
}

/// When a meeting is: its day, and its start and end in UK local time.
public sealed record MeetingTimes(DateOnly Date, TimeOnly Start, TimeOnly End);

/// Where a meeting is: in person (a venue, and the member hosting it this time) or online (a link).
public sealed record MeetingPlace(MeetingMode Mode, string? Venue, int? HostMemberId, string? HostName, string? Link)
{
    public static MeetingPlace InPerson(string venue, PartnershipMember? host) => new(MeetingMode.InPerson, venue, host?.Id, host?.Name, null);

    public static MeetingPlace Online(string link) => new(MeetingMode.Online, null, null, null, link);
}

/// A member's row on the attendance form: who, and what is recorded for them.
public sealed record AttendanceMark(int MemberId, int? SettingId, string Name, AttendanceStatus Status);
