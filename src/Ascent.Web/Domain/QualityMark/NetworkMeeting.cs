namespace Ascent.Web.Domain.QualityMark;

/// What a meeting is for. Issue 17 (working together) will add its own purposes (a partnership's network, a cluster).
public enum MeetingPurpose
{
    /// A network group meeting of the scheme's members.
    Network,

    /// A half-day workshop: attending one meets a portfolio's "attendance" requirement.
    Workshop,
}

/// A meeting the LA holds for the members of a quality-mark scheme (docs/quality-mark.md, "Network meetings"): when
/// and where, who is invited (settings of chosen cohorts and evaluators), and afterwards who came and short notes.
/// The LA's own row: a setting's staff see only meetings their setting is invited to (AppDbContext.Filters). Kept
/// small so the partnerships issue can absorb it as its meeting, with a partnership as another audience.
public sealed class NetworkMeeting
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 500;
    public const int TextMaxLength = 4000;
    public const int ByMaxLength = 200;
    public const int CodeMaxLength = 60;

    private readonly List<NetworkInvitation> invitations = [];
    private readonly List<NetworkAttendance> attendance = [];

    private NetworkMeeting()
    {
        SchemeCode = "";
        Title = "";
        Place = "";
        Agenda = "";
        Notes = "";
        PlannedBy = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    /// The audience: members of this scheme (quality-marks/*.yaml).
    public string SchemeCode { get; private set; }

    public MeetingPurpose Purpose { get; private set; }

    public string Title { get; private set; }

    public DateOnly Date { get; private set; }

    /// UK local time, as a visit's.
    public TimeOnly StartTime { get; private set; }

    /// An address, or the link for an online meeting.
    public string Place { get; private set; }

    public string Agenda { get; private set; }

    public string PlannedBy { get; private set; }

    public DateTimeOffset PlannedAt { get; private set; }

    /// Short notes of what was covered, written with the attendance.
    public string Notes { get; private set; }

    public string? AttendanceRecordedBy { get; private set; }

    public DateOnly? AttendanceRecordedOn { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<NetworkInvitation> Invitations => invitations;

    public IReadOnlyList<NetworkAttendance> Attendance => attendance;

    public bool IsOnline => Place.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || Place.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// Whether the day has come: attendance is recorded from the meeting's day on, never before.
    public bool HasHappened(DateOnly today) => Date <= today;

    /// A new meeting with its invitations. Planned for today or later, with at least one invitee.
    public static NetworkMeeting Plan(int tenantId, string schemeCode, MeetingPurpose purpose, string title, DateOnly date, TimeOnly startTime, string place, string? agenda, IReadOnlyCollection<Invitee> invitees, string plannedBy, DateTimeOffset plannedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemeCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        ArgumentNullException.ThrowIfNull(invitees);
        if (date < DateOnly.FromDateTime(plannedAt.UtcDateTime))
            throw new ArgumentOutOfRangeException(nameof(date), date, "A meeting is planned for today or a later day.");
        if (invitees.Count == 0)
            throw new ArgumentException("Invite at least one setting or evaluator.", nameof(invitees));
        var meeting = new NetworkMeeting
        {
            TenantId = tenantId,
            SchemeCode = schemeCode,
            Purpose = purpose,
            Title = title.Trim(),
            Date = date,
            StartTime = startTime,
            Place = place.Trim(),
            Agenda = agenda?.Trim() ?? "",
            PlannedBy = plannedBy,
            PlannedAt = plannedAt,
        };
        foreach (var invitee in invitees.DistinctBy(i => (i.SettingId, i.UserId)))
            meeting.invitations.Add(new NetworkInvitation(meeting, invitee));
        return meeting;
    }

    /// Who a person present is: their account, or their name when they came without one (recorded by name).
    private static (int, Guid?, string) Identity(Attendee person) => (person.InvitationId, person.UserId, person.UserId is null ? person.Name : "");

    private static (int, Guid?, string) Identity(NetworkAttendance person) => (person.InvitationId, person.UserId, person.UserId is null ? person.Name : "");

    /// Records who came, replacing what was recorded before, with short notes. Each person present must be invited
    /// (by their setting's invitation, or their own as an evaluator). Returns false when nothing would change.
    public bool RecordAttendance(IReadOnlyCollection<Attendee> present, string? notes, string by, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(present);
        if (!HasHappened(today))
            throw new InvalidOperationException("Attendance is recorded on or after the day of the meeting.");
        var chosen = present.DistinctBy(Identity).ToList();
        if (chosen.Any(p => invitations.All(i => i.Id != p.InvitationId)))
            throw new ArgumentException("Someone present was not invited to this meeting.", nameof(present));
        var text = notes?.Trim() ?? "";
        var wanted = chosen.Select(Identity).ToHashSet();
        var recorded = attendance.Select(Identity).ToHashSet();
        if (text == Notes && AttendanceRecordedOn is not null && wanted.SetEquals(recorded))
            return false;
        attendance.RemoveAll(a => !wanted.Contains(Identity(a)));
        foreach (var person in chosen.Where(p => !recorded.Contains(Identity(p))))
            attendance.Add(new NetworkAttendance(this, invitations.First(i => i.Id == person.InvitationId), person));
        Notes = text;
        AttendanceRecordedBy = by;
        AttendanceRecordedOn = today;
        Version++;
        return true;
    }
}

/// Someone to invite: a setting (its owner and managers hear of it) or an evaluator (a user of the LA).
public sealed record Invitee(int? SettingId, Guid? UserId, string Name);

/// A person who came, under the invitation they came by.
public sealed record Attendee(int InvitationId, Guid? UserId, string Name);

/// A setting or an evaluator invited to a meeting. A setting's staff see their own setting's invitations, the LA all.
public sealed class NetworkInvitation
{
    private NetworkInvitation()
    {
        Name = "";
    }

    internal NetworkInvitation(NetworkMeeting meeting, Invitee invitee)
    {
        if ((invitee.SettingId is null) == (invitee.UserId is null))
            throw new ArgumentException("An invitation is for a setting or for an evaluator.", nameof(invitee));
        Meeting = meeting;
        TenantId = meeting.TenantId;
        SettingId = invitee.SettingId;
        UserId = invitee.UserId;
        // A setting's name may be longer than the column kept for it here (Setting.Name allows 300).
        Name = invitee.Name.Length <= NetworkMeeting.TitleMaxLength ? invitee.Name : invitee.Name[..NetworkMeeting.TitleMaxLength];
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int MeetingId { get; private set; }

    public NetworkMeeting Meeting { get; private set; } = null!;

    /// The setting invited, or null for an evaluator.
    public int? SettingId { get; private set; }

    /// The evaluator invited, or null for a setting.
    public Guid? UserId { get; private set; }

    /// The setting's or the evaluator's name when invited.
    public string Name { get; private set; }
}

/// One person who came to a meeting: from an invited setting (a person of its staff) or an invited evaluator.
public sealed class NetworkAttendance
{
    private NetworkAttendance()
    {
        Name = "";
    }

    internal NetworkAttendance(NetworkMeeting meeting, NetworkInvitation invitation, Attendee attendee)
    {
        Meeting = meeting;
        TenantId = meeting.TenantId;
        InvitationId = invitation.Id;
        SettingId = invitation.SettingId;
        UserId = attendee.UserId;
        Name = attendee.Name.Length <= NetworkMeeting.TitleMaxLength ? attendee.Name : attendee.Name[..NetworkMeeting.TitleMaxLength];
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int MeetingId { get; private set; }

    public NetworkMeeting Meeting { get; private set; } = null!;

    public int InvitationId { get; private set; }

    /// The setting they came from, or null for an evaluator.
    public int? SettingId { get; private set; }

    public Guid? UserId { get; private set; }

    /// The person's name as it was on the day.
    public string Name { get; private set; }
}
