using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Instruments;

/// A suggested goal of an audit's results that was accepted into the setting's improvement plan: which suggestion
/// (GoalSuggestion.Key: an item or a subscale) and the goal it became. One per audit and suggestion, so accepting
/// twice never makes two goals; the goal links back to the audit through its source (GoalSourceKind.Audit).
public sealed class AuditGoal : ISettingOwned
{
    public const int KeyMaxLength = 120;

    private AuditGoal()
    {
        SuggestionKey = "";
    }

    public AuditGoal(Audit audit, string suggestionKey, Improvement.PlanGoal goal)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentException.ThrowIfNullOrWhiteSpace(suggestionKey);
        if (goal.SettingId != audit.SettingId)
            throw new ArgumentException("The goal is not in the audited setting's plan.", nameof(goal));
        TenantId = audit.TenantId;
        SettingId = audit.SettingId;
        AuditId = audit.Id;
        SuggestionKey = suggestionKey;
        Goal = goal;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int AuditId { get; private set; }

    public string SuggestionKey { get; private set; }

    public int PlanGoalId { get; private set; }

    public Improvement.PlanGoal? Goal { get; private set; }
}
