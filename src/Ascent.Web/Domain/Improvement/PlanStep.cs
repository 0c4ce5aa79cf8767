using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Improvement;

/// One step towards a goal: what, who and by when.
public sealed class PlanStep : ISettingOwned
{
    private PlanStep()
    {
        Text = "";
    }

    internal PlanStep(PlanGoal goal, string text, string? owner, DateOnly? dueOn, bool done, int position)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Goal = goal;
        TenantId = goal.TenantId;
        SettingId = goal.SettingId;
        Text = text.Trim();
        Owner = owner;
        DueOn = dueOn;
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
}
