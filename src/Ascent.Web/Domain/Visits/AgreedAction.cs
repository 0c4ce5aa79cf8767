using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Visits;

/// Something agreed at a visit, owned by the setting or the LA, by a date. A setting's action names the goal of its
/// improvement plan it belongs to; the setting reports progress on its open actions when preparing the next visit.
public sealed class AgreedAction : IPublishedToSetting
{
    public const int TextMaxLength = 2000;

    public const int PlanGoalMaxLength = 300;

    public const int ProgressMaxLength = 4000;

    private AgreedAction()
    {
        Text = "";
    }

    public AgreedAction(VisitNote note, string text, VisitParty owner, DateOnly dueOn, string? planGoal, int position)
    {
        ArgumentNullException.ThrowIfNull(note);
        Note = note;
        TenantId = note.TenantId;
        SettingId = note.SettingId;
        Position = position;
        Text = "";
        Update(text, owner, dueOn, planGoal);
        Status = ActionStatus.Open;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int NoteId { get; private set; }

    public VisitNote? Note { get; private set; }

    public string Text { get; private set; }

    public VisitParty Owner { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// The improvement-plan goal (priority) this action belongs to.
    public string? PlanGoal { get; private set; }

    public int Position { get; private set; }

    public ActionStatus Status { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    /// The setting's latest account of its progress on this action.
    public string? Progress { get; private set; }

    public DateTimeOffset? ProgressAt { get; private set; }

    public bool IsPublished { get; private set; }

    public int Version { get; private set; }

    public void Update(string text, VisitParty owner, DateOnly dueOn, string? planGoal)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, TextMaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(planGoal?.Length ?? 0, PlanGoalMaxLength);
        Text = text.Trim();
        Owner = owner;
        DueOn = dueOn;
        PlanGoal = owner == VisitParty.Setting && !string.IsNullOrWhiteSpace(planGoal) ? planGoal.Trim() : null;
    }

    public void Publish() => IsPublished = true;

    public void ReportProgress(string? progress, bool done, DateOnly today, DateTimeOffset at)
    {
        Progress = string.IsNullOrWhiteSpace(progress) ? Progress : progress.Trim();
        ProgressAt = at;
        if (done && Status == ActionStatus.Open)
        {
            Status = ActionStatus.Done;
            DoneOn = today;
        }

        Version++;
    }

    public bool IsOverdue(DateOnly today) => Status == ActionStatus.Open && DueOn < today;
}

public enum ActionStatus
{
    Open = 1,
    Done = 2,
}
