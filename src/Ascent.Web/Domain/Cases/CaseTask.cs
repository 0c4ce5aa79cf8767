using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Cases;

/// One thing someone must do by a date on a case: owned by a role until a person is allocated.
public sealed class CaseTask : ISettingOwned, ILocalAuthorityOnly
{
    private CaseTask()
    {
        Key = "";
        Kind = "";
        Title = "";
        OwnerRole = "";
    }

    public CaseTask(SupportCase supportCase, string key, string kind, string title, string ownerRole, DateOnly dueOn)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        Case = supportCase;
        TenantId = supportCase.TenantId;
        SettingId = supportCase.SettingId;
        Key = key;
        Kind = kind;
        Title = title;
        OwnerRole = ownerRole;
        DueOn = dueOn;
        State = CaseTaskState.Open;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int CaseId { get; private set; }

    public SupportCase? Case { get; private set; }

    /// The task's key in the pathway definition ("allocate-adviser"), or "visit-3", or an escalation's key.
    public string Key { get; private set; }

    public string Kind { get; private set; }

    public string Title { get; private set; }

    /// What the visit should cover, from the pathway's visit plan.
    public string? Details { get; set; }

    public int? VisitNumber { get; set; }

    public bool Accompanied { get; set; }

    public bool RecordsProgress { get; set; }

    public string OwnerRole { get; private set; }

    public Guid? OwnerId { get; private set; }

    public string? OwnerName { get; private set; }

    public DateOnly DueOn { get; private set; }

    public CaseTaskState State { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    public string? Note { get; private set; }

    /// The code of a TaskOutcome, as stored: a monitoring visit's progress, or a visit the setting cancelled.
    public string? Outcome { get; private set; }

    public TaskOutcome? RecordedOutcome => TaskOutcomes.Parse(Outcome);

    public int Version { get; private set; }

    public bool IsOverdue(DateOnly today) => State == CaseTaskState.Open && DueOn < today;

    /// Met its deadline: done on or before the due date.
    public bool WasOnTime => State == CaseTaskState.Done && CompletedOn <= DueOn;

    public void AssignTo(Guid userId, string name)
    {
        OwnerId = userId;
        OwnerName = name;
        Version++;
    }

    public void Complete(DateOnly on, DateTimeOffset at, string by, string? note, TaskOutcome? outcome = null)
    {
        if (State != CaseTaskState.Open)
            throw new InvalidOperationException("This task is no longer open.");
        State = CaseTaskState.Done;
        CompletedOn = on;
        CompletedAt = at;
        CompletedBy = by;
        Note = FreeText.Trimmed(note);
        Outcome = outcome?.Code();
        Version++;
    }

    /// The outcome of a visit decided after it was done (a monitoring visit's progress, judged in its note).
    public void RecordOutcome(TaskOutcome outcome)
    {
        if (!TaskOutcomes.Progress.Contains(outcome))
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A visit's progress is sufficient or insufficient.");
        Outcome = outcome.Code();
        Version++;
    }

    public void Cancel(string reason, DateTimeOffset at, TaskOutcome? outcome = null)
    {
        if (State != CaseTaskState.Open)
            return;
        State = CaseTaskState.Cancelled;
        CompletedAt = at;
        Note = reason;
        Outcome = outcome?.Code() ?? Outcome;
        Version++;
    }

    /// Only for a case reopened after its closing was undone (SupportCase.Reopen).
    internal void Reopen()
    {
        State = CaseTaskState.Open;
        CompletedAt = null;
        Note = null;
        Version++;
    }

    /// For an initial caseload: a step whose deadline passed before the LA used Ascent is recorded as such, not as missed.
    public void MarkBeforeAscent(DateTimeOffset at)
    {
        State = CaseTaskState.BeforeAscent;
        CompletedAt = at;
        Note = "Due before this case was brought into Ascent";
        Version++;
    }
}

public enum CaseTaskState
{
    Open = 1,
    Done = 2,
    Cancelled = 3,
    BeforeAscent = 4,
}
