namespace Ascent.Web.Domain.Partnerships;

/// One meeting of a partnership's series (docs/partnerships.md, "Meetings"): when and where, its agenda, its
/// invitations (an iCalendar event whose UID stays and whose SEQUENCE rises with each change sent), who came, and its
/// minutes, decisions and actions. The LA's staff see all of their LA's; a member setting's staff see their
/// partnerships' meetings, and of the attendance who was present and their own setting's row (AppDbContext.Filters).
public sealed partial class Meeting
{
    public const int VenueMaxLength = 500;
    public const int LinkMaxLength = 500;
    public const int MinutesMaxLength = 20000;
    public const int DecisionsMaxLength = 8000;
    public const int OfficersMaxLength = 1000;
    public const int ByMaxLength = 200;

    private readonly List<MeetingAgendaItem> agenda = [];
    private readonly List<MeetingAttendance> attendance = [];
    private readonly List<MeetingAction> actions = [];

    private Meeting()
    {
        Minutes = "";
        Decisions = "";
        PlannedBy = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int PartnershipId { get; private set; }

    public int SeriesId { get; private set; }

    public MeetingSeries Series { get; private set; } = null!;

    public DateOnly Date { get; private set; }

    /// UK local time, as a visit's.
    public TimeOnly StartTime { get; private set; }

    public TimeOnly EndTime { get; private set; }

    public MeetingMode Mode { get; private set; }

    public string? Venue { get; private set; }

    /// The member hosting it this time (hosts rotate), and their name then.
    public int? HostMemberId { get; private set; }

    public string? HostName { get; private set; }

    public string? Link { get; private set; }

    public MeetingStatus Status { get; private set; }

    public string PlannedBy { get; private set; }

    public Guid CalendarUid { get; private set; }

    /// Rises with each change sent to calendars after the first invitation (RFC 5545 SEQUENCE).
    public int CalendarSequence { get; private set; }

    /// When invitations were last sent; null while none have been.
    public DateTimeOffset? InvitedAt { get; private set; }

    /// What was discussed.
    public string Minutes { get; private set; }

    /// The decisions made, one a line.
    public string Decisions { get; private set; }

    /// The LA's officers present, by name (they are not members).
    public string? OfficersPresent { get; private set; }

    public string? RecordedBy { get; private set; }

    public DateOnly? RecordedOn { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<MeetingAgendaItem> Agenda => agenda;

    public IReadOnlyList<MeetingAttendance> Attendance => attendance;

    /// The actions raised at this meeting (an action stays with the meeting that raised it, and is carried forward).
    public IReadOnlyList<MeetingAction> Actions => actions;

    public bool IsInvited => InvitedAt is not null;

    public IReadOnlyList<string> DecisionList =>
        Decisions.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IEnumerable<MeetingAgendaItem> AcceptedAgenda => agenda.Where(i => i.Status == AgendaItemStatus.Accepted).OrderBy(i => i.Position);

    /// Whether the day has come: attendance and minutes are recorded from the meeting's day on.
    public bool HasHappened(DateOnly today) => Date <= today;

    public static Meeting Plan(MeetingSeries series, MeetingTimes when, MeetingPlace where, string plannedBy)
    {
        ArgumentNullException.ThrowIfNull(series);
        var meeting = new Meeting
        {
            TenantId = series.TenantId,
            PartnershipId = series.PartnershipId,
            Series = series,
            SeriesId = series.Id,
            PlannedBy = plannedBy,
            CalendarUid = Guid.NewGuid(),
            Status = MeetingStatus.Planned,
        };
        meeting.Set(when, where);
        return meeting;
    }

    /// Moves or changes the place of a planned meeting. Returns whether anything changed; once invitations have gone,
    /// a change raises the calendar's SEQUENCE so the update replaces the event.
    public bool Reschedule(MeetingTimes when, MeetingPlace where)
    {
        EnsurePlanned();
        var before = (Date, StartTime, EndTime, Mode, Venue, HostMemberId, Link);
        Set(when, where);
        if (before == (Date, StartTime, EndTime, Mode, Venue, HostMemberId, Link))
            return false;
        if (IsInvited)
            CalendarSequence++;
        Version++;
        return true;
    }

    /// Sends (or sends again, to members who joined since) the invitations: never for a meeting in the past.
    public void Invite(DateOnly today, DateTimeOffset at)
    {
        EnsurePlanned();
        if (Date < today)
            throw new InvalidOperationException("A meeting in the past cannot be invited.");
        InvitedAt = at;
        Version++;
    }

    public void Cancel()
    {
        EnsurePlanned();
        Status = MeetingStatus.Cancelled;
        if (IsInvited)
            CalendarSequence++;
        Version++;
    }

    private void Set(MeetingTimes when, MeetingPlace where)
    {
        ArgumentNullException.ThrowIfNull(when);
        ArgumentNullException.ThrowIfNull(where);
        if (when.End <= when.Start)
            throw new ArgumentException("A meeting ends after it starts.", nameof(when));
        if (where.Mode == MeetingMode.InPerson)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(where.Venue);
            FreeText.Within(where.Venue.Trim(), VenueMaxLength);
        }
        else
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(where.Link);
            FreeText.Within(where.Link.Trim(), LinkMaxLength);
        }

        Date = when.Date;
        StartTime = when.Start;
        EndTime = when.End;
        Mode = where.Mode;
        Venue = where.Mode == MeetingMode.InPerson ? where.Venue!.Trim() : null;
        HostMemberId = where.Mode == MeetingMode.InPerson ? where.HostMemberId : null;
        HostName = where.Mode == MeetingMode.InPerson ? Cut(where.HostName, PartnershipMember.NameMaxLength) : null;
        Link = where.Mode == MeetingMode.Online ? where.Link!.Trim() : null;
    }

    private void EnsurePlanned()
    {
        if (Status == MeetingStatus.Cancelled)
            throw new InvalidOperationException("This meeting was cancelled.");
        if (Status == MeetingStatus.Held)
            throw new InvalidOperationException("This meeting has been held: its attendance is recorded.");
    }

    private void EnsureNotCancelled()
    {
        if (Status == MeetingStatus.Cancelled)
            throw new InvalidOperationException("This meeting was cancelled.");
    }

    internal static string? Cut(string? text, int max) =>
        text is null ? null : text.Trim().Length <= max ? text.Trim() : text.Trim()[..max];
}
