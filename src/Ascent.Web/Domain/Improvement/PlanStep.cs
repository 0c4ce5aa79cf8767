using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Improvement;

/// One step towards a goal: what, who and by when.
public sealed class PlanStep : ISettingOwned
{
    public const int TextMaxLength = 1000;
    public const int OwnerMaxLength = 200;

    private PlanStep()
    {
        Text = "";
    }

    internal PlanStep(PlanGoal goal, string text, string? owner, DateOnly? dueOn, bool done, int position)
    {
        Goal = goal;
        TenantId = goal.TenantId;
        SettingId = goal.SettingId;
        Change(text, owner, dueOn);
        Done = done;
        Position = position;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int GoalId { get; private set; }

    public PlanGoal? Goal { get; private set; }

    public string Text { get; private set; }

    public string? Owner { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public bool Done { get; private set; }

    public int Position { get; private set; }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Text))]
    internal void Change(string text, string? owner, DateOnly? dueOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        FreeText.Within(text, TextMaxLength);
        FreeText.Within(owner, OwnerMaxLength);
        Text = text.Trim();
        Owner = FreeText.Trimmed(owner);
        DueOn = dueOn;
    }

    internal void MarkDone(bool done) => Done = done;

    internal void MoveTo(int position) => Position = position;
}
