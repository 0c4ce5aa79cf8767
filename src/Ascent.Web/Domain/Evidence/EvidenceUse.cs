using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Evidence;

/// That one piece of evidence supports one area of a self-evaluation or one plan goal. Adding and removing a use
/// are single rows, so two people linking evidence at once never undo each other.
public sealed class EvidenceUse : ISettingOwned
{
    private EvidenceUse()
    {
    }

    // New rows are joined through the navigation (their ids come with the save), saved ones by id alone, so linking
    // never asks the database to insert or update the row it points at.
    private EvidenceUse(EvidenceItem item)
    {
        if (item.Id == 0)
            Item = item;
        else
            EvidenceItemId = item.Id;
        TenantId = item.TenantId;
        SettingId = item.SettingId;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int EvidenceItemId { get; private set; }

    public EvidenceItem? Item { get; private set; }

    public int? AreaEvaluationId { get; private set; }

    public AreaEvaluation? Area { get; private set; }

    public int? GoalId { get; private set; }

    public PlanGoal? Goal { get; private set; }

    public static EvidenceUse ForArea(EvidenceItem item, AreaEvaluation area)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(area);
        Same(item, area.SettingId);
        return area.Id == 0 ? new EvidenceUse(item) { Area = area } : new EvidenceUse(item) { AreaEvaluationId = area.Id };
    }

    public static EvidenceUse ForGoal(EvidenceItem item, PlanGoal goal)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(goal);
        Same(item, goal.SettingId);
        return goal.Id == 0 ? new EvidenceUse(item) { Goal = goal } : new EvidenceUse(item) { GoalId = goal.Id };
    }

    /// The same evidence for the same area of the next self-evaluation, which starts as a copy of the last; the
    /// staleness flag then tells the setting when it needs something newer.
    public static EvidenceUse CarriedForward(EvidenceUse earlier, AreaEvaluation next)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(next);
        if (earlier.SettingId != next.SettingId)
            throw new InvalidOperationException("Evidence can only be used by the setting it belongs to.");
        return new EvidenceUse { TenantId = earlier.TenantId, SettingId = earlier.SettingId, EvidenceItemId = earlier.EvidenceItemId, Area = next };
    }

    // Evidence is the setting's own: it never supports another setting's self-evaluation or plan.
    private static void Same(EvidenceItem item, int settingId)
    {
        if (item.SettingId != settingId)
            throw new InvalidOperationException("Evidence can only be used by the setting it belongs to.");
    }
}
