using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Visits;

/// An LA visit to a setting: planned (from a case's visit plan or ad hoc), then held, cancelled or rescheduled.
/// The setting is sent an iCalendar invitation whose UID and sequence live here, so an update or a cancellation
/// replaces the event in the recipient's calendar rather than adding another.
public sealed class Visit : ISettingOwned
{
    // The limits of what people type, checked by the visit forms and used for the columns (VisitConfigurations).
    public const int TitleMaxLength = 200;

    public const int FocusMaxLength = 4000;

    public const int LocationMaxLength = 500;

    public const int AgendaMaxLength = 4000;

    public const int SettingAttendeesMaxLength = 1000;

    public const int ReasonMaxLength = 1000;

    private Visit()
    {
        Purpose = "";
        Title = "";
        Location = "";
        PlannedBy = "";
        TimeZone = "";
    }

    public Visit(Setting setting, string purpose, string title, VisitSchedule schedule, string plannedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Setting = setting;
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        Purpose = purpose;
        Title = title.Trim();
        PlannedBy = plannedBy;
        PlannedAt = at;
        CalendarUid = Guid.NewGuid();
        Status = VisitStatus.Planned;
        Location = "";
        TimeZone = "";
        Apply(schedule);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public Setting? Setting { get; private set; }

    /// The support case whose visit plan this visit carries out, if any.
    public int? CaseId { get; set; }

    /// The case's visit task this visit carries out: holding the visit completes it.
    public int? CaseTaskId { get; set; }

    /// One of VisitPurposes.
    public string Purpose { get; private set; }

    public string Title { get; private set; }

    public int? VisitNumber { get; set; }

    /// What the visit should cover (from the pathway's plan, or written by the adviser).
    public string? Focus { get; set; }

    /// A Senior Improvement Adviser (or another colleague) accompanies the adviser.
    public bool Accompanied { get; set; }

    /// A monitoring visit: its note records whether progress is sufficient.
    public bool MonitorsProgress { get; set; }

    public DateOnly Date { get; private set; }

    public TimeOnly StartTime { get; private set; }

    public int DurationMinutes { get; private set; }

    /// The IANA time zone the date and time are in (the LA's).
    public string TimeZone { get; private set; }

    public VisitMode Mode { get; private set; }

    /// The address on site, or the meeting link online.
    public string Location { get; private set; }

    public string? Agenda { get; private set; }

    /// Who from the setting is expected (names and roles, as the adviser agreed them).
    public string? SettingAttendees { get; private set; }

    public VisitStatus Status { get; private set; }

    public DateOnly? HeldOn { get; private set; }

    public VisitParty? CancelledBy { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public int RescheduleCount { get; private set; }

    public string? LastRescheduleReason { get; private set; }

    public string PlannedBy { get; private set; }

    public Guid? PlannedById { get; set; }

    public DateTimeOffset PlannedAt { get; private set; }

    public Guid CalendarUid { get; private set; }

    /// iCalendar SEQUENCE: raised with every change the invitation must carry.
    public int CalendarSequence { get; private set; }

    public VisitPreparation Preparation { get; private set; } = new();

    public int Version { get; private set; }

    public List<VisitAttendee> Attendees { get; } = [];

    public List<VisitDocument> Documents { get; } = [];

    public DateTime StartsAtLocal => Date.ToDateTime(StartTime);

    public bool IsPlanned => Status == VisitStatus.Planned;

    /// A visit on a day already past can no longer be planned (no invitation would reach anyone in time): it is
    /// recorded as a visit that was held. A visit today is still planned.
    public static bool HasPassed(DateOnly date, DateOnly today) => date < today;

    /// A visit recorded after it took place: planned for a day already past, it is held on that day, and the
    /// setting is sent no invitation.
    public static Visit RecordedAfterwards(Setting setting, string purpose, string title, VisitSchedule schedule, string recordedBy, DateTimeOffset at, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!HasPassed(schedule.Date, today))
            throw new ArgumentOutOfRangeException(nameof(schedule), schedule.Date, "Only a visit on a day already past is recorded afterwards; a visit to come is planned.");
        if (!VisitTimes.IsWithinPlanningWindow(schedule.Date, today))
            throw new ArgumentOutOfRangeException(nameof(schedule), schedule.Date, "A visit is recorded afterwards within a year of the day it was held.");
        var visit = new Visit(setting, purpose, title, schedule, recordedBy, at);
        visit.Status = VisitStatus.Held;
        visit.HeldOn = schedule.Date;
        return visit;
    }

    /// Recorded after the day it took place rather than planned ahead: no invitation was sent for it.
    public bool WasRecordedAfterwards => Status == VisitStatus.Held && DateOnly.FromDateTime(PlannedAt.UtcDateTime) > Date;

    /// Whether the visit may be recorded as held on a day: never a day still to come or more than a year ago, and a
    /// day other than the planned one only once the person has confirmed it.
    public HeldOnCheck CheckHeldOn(DateOnly on, DateOnly today) =>
        on > today ? HeldOnCheck.InTheFuture
        : !VisitTimes.IsWithinPlanningWindow(on, today) ? HeldOnCheck.TooLongAgo
        : on != Date ? HeldOnCheck.NotThePlannedDay
        : HeldOnCheck.ThePlannedDay;

    /// Moves or updates a planned visit; it cannot be moved to a day already past (record it as held instead).
    public void Reschedule(VisitSchedule schedule, string? reason, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        EnsurePlanned();
        if (schedule.Date != Date && HasPassed(schedule.Date, today))
            throw new ArgumentOutOfRangeException(nameof(schedule), schedule.Date, "A visit cannot be moved to a day already past.");
        var moved = schedule.Date != Date || schedule.StartTime != StartTime;
        Apply(schedule);
        if (moved)
        {
            RescheduleCount++;
            LastRescheduleReason = FreeText.Trimmed(reason);
        }

        CalendarSequence++;
        Version++;
    }

    /// Records that the visit took place on a day: not one still to come, and one other than the planned day only
    /// when the person confirmed it (a slip of the date would otherwise go unnoticed).
    public void RecordHeld(DateOnly on, DateOnly today, bool otherDayConfirmed = false)
    {
        EnsurePlanned();
        switch (CheckHeldOn(on, today))
        {
            case HeldOnCheck.InTheFuture:
                throw new ArgumentOutOfRangeException(nameof(on), on, "A visit cannot be recorded as held on a day still to come.");
            case HeldOnCheck.TooLongAgo:
                throw new ArgumentOutOfRangeException(nameof(on), on, "A visit is recorded as held within a year of the day it was held.");
            case HeldOnCheck.NotThePlannedDay when !otherDayConfirmed:
                throw new InvalidOperationException("A visit held on a day other than the planned one is recorded only once that is confirmed.");
        }

        Status = VisitStatus.Held;
        HeldOn = on;
        Version++;
    }

    public void Cancel(VisitParty by, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsurePlanned();
        Status = VisitStatus.Cancelled;
        CancelledBy = by;
        CancellationReason = reason.Trim();
        CancelledAt = at;
        CalendarSequence++;
        Version++;
    }

    /// The setting's leader records what it has done and wants to discuss before the visit.
    public void Prepare(PreparationAnswers answers, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(answers);
        EnsurePlanned();
        Preparation.Record(answers, by, at);
        Version++;
    }

    public void AddDocument(string fileName, string contentType, byte[] content, string by, DateTimeOffset at)
    {
        EnsurePlanned();
        Documents.Add(new VisitDocument(this, fileName, contentType, content, by, at));
    }

    private void EnsurePlanned()
    {
        if (Status != VisitStatus.Planned)
            throw new InvalidOperationException("Only a planned visit can be changed.");
    }

    private void Apply(VisitSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        Date = schedule.Date;
        StartTime = schedule.StartTime;
        DurationMinutes = schedule.DurationMinutes;
        TimeZone = schedule.TimeZone;
        Mode = schedule.Mode;
        Location = schedule.Location.Trim();
        Agenda = FreeText.Trimmed(schedule.Agenda);
        SettingAttendees = FreeText.Trimmed(schedule.SettingAttendees);
    }
}

/// When, where and with what agenda: what an invitation carries, so what a reschedule may change.
public sealed record VisitSchedule(DateOnly Date, TimeOnly StartTime, int DurationMinutes, string TimeZone, VisitMode Mode, string Location, string? Agenda, string? SettingAttendees);

/// What Visit.CheckHeldOn says of the day a visit is to be recorded as held on.
public enum HeldOnCheck
{
    ThePlannedDay = 1,
    NotThePlannedDay = 2,
    InTheFuture = 3,
    TooLongAgo = 4,
}

public enum VisitStatus
{
    Planned = 1,
    Held = 2,
    Cancelled = 3,
}

public enum VisitMode
{
    OnSite = 1,
    Online = 2,
}

public enum VisitParty
{
    Setting = 1,
    LocalAuthority = 2,
}
