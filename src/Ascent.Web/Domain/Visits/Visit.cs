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

    public void Reschedule(VisitSchedule schedule, string? reason)
    {
        EnsurePlanned();
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

    public void RecordHeld(DateOnly on)
    {
        EnsurePlanned();
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

/// A colleague from the LA who attends the visit and receives its invitation and note.
public sealed class VisitAttendee
{
    private VisitAttendee()
    {
        Name = "";
        Email = "";
    }

    public VisitAttendee(Guid userId, string name, string email)
    {
        UserId = userId;
        Name = name;
        Email = email;
    }

    public int Id { get; private set; }

    public int VisitId { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }
}
