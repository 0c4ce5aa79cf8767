using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Cases;

/// A setting's programme of support on one pathway version: opened by a change event (exactly once), by an LA
/// confirming its initial caseload, or by enrolment when another case closes.
public sealed class SupportCase : ISettingOwned, ILocalAuthorityOnly
{
    private SupportCase()
    {
        PathwayCode = "";
        PathwayName = "";
        Reason = "";
    }

    public SupportCase(Setting setting, int pathwayVersionId, string pathwayCode, string pathwayName, string reason, DateOnly startedOn, long? triggerEventId, CaseStatus status, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(setting);
        Setting = setting;
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        PathwayVersionId = pathwayVersionId;
        PathwayCode = pathwayCode;
        PathwayName = pathwayName;
        Reason = reason;
        StartedOn = startedOn;
        TriggerEventId = triggerEventId;
        Status = status;
        OpenedAt = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public Setting? Setting { get; private set; }

    public int PathwayVersionId { get; private set; }

    public string PathwayCode { get; private set; }

    public string PathwayName { get; private set; }

    /// Why the case opened, in words: "Inspected on 3 March 2026: Requires improvement".
    public string Reason { get; private set; }

    /// The day deadlines count from: when the LA learnt of the judgement, registration or notice.
    public DateOnly StartedOn { get; private set; }

    /// The change event that opened the case; unique, so an event opens at most one case even when two instances
    /// of Ascent process it at once.
    public long? TriggerEventId { get; private set; }

    public CaseStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedReason { get; private set; }

    public Guid? AdviserId { get; private set; }

    public string? AdviserName { get; private set; }

    /// The number of the next visit in the pathway's plan to be added.
    public int NextVisitNumber { get; private set; } = 1;

    public int Version { get; private set; }

    public List<CaseTask> Tasks { get; } = [];

    public List<CaseConcern> Concerns { get; } = [];

    public bool IsOpen => Status == CaseStatus.Open;

    public void Confirm(DateTimeOffset at)
    {
        if (Status != CaseStatus.Proposed)
            throw new InvalidOperationException("Only a proposed case can be confirmed.");
        Status = CaseStatus.Open;
        OpenedAt = at;
        Version++;
    }

    public void Allocate(Guid adviserId, string adviserName)
    {
        AdviserId = adviserId;
        AdviserName = adviserName;
        Version++;
    }

    public int TakeVisitNumber()
    {
        Version++;
        return NextVisitNumber++;
    }

    public void Close(string reason, DateTimeOffset at)
    {
        if (Status == CaseStatus.Closed)
            return;
        Status = CaseStatus.Closed;
        ClosedReason = reason;
        ClosedAt = at;
        foreach (var task in Tasks.Where(t => t.State == CaseTaskState.Open))
            task.Cancel("The case closed: " + reason, at);
        Version++;
    }

    /// Undoes a close that should not have happened (the import that closed it was reverted): the case and the
    /// tasks its closing cancelled are open again.
    public void Reopen()
    {
        if (Status != CaseStatus.Closed)
            return;
        foreach (var task in Tasks.Where(t => t.State == CaseTaskState.Cancelled && t.CompletedAt == ClosedAt))
            task.Reopen();
        Status = CaseStatus.Open;
        ClosedReason = null;
        ClosedAt = null;
        Version++;
    }
}

public enum CaseStatus
{
    /// Suggested by the initial-caseload step and waiting for the Senior Improvement Adviser: no tasks are live.
    Proposed = 1,
    Open = 2,
    Closed = 3,
}
