using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Improvement;

/// A dated line on a goal: the setting's own progress note, or a comment from the LA's adviser, which the setting
/// sees beside its progress.
public sealed class GoalNote : ISettingOwned
{
    public const int TextMaxLength = 4000;

    private GoalNote()
    {
        Text = "";
        By = "";
    }

    internal GoalNote(PlanGoal goal, GoalNoteKind kind, string text, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        FreeText.Within(text, TextMaxLength);
        Goal = goal;
        TenantId = goal.TenantId;
        SettingId = goal.SettingId;
        Kind = kind;
        Text = text.Trim();
        By = by;
        At = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int GoalId { get; private set; }

    public PlanGoal? Goal { get; private set; }

    public GoalNoteKind Kind { get; private set; }

    public string Text { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }
}

public enum GoalNoteKind
{
    Progress = 1,
    AdviserComment = 2,
}
