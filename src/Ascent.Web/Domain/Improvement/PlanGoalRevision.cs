using System.Text.Json;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Improvement;

/// One saved version of a plan goal, kept for good: the plan's history ("what changed between two dates") and the
/// merge of two people's edits read them. AppDbContext writes one on every save that changes the goal's version.
public sealed class PlanGoalRevision : ISettingOwned
{
    private static readonly JsonSerializerOptions Json = new();

    private PlanGoalRevision()
    {
        By = "";
        Snapshot = "";
    }

    public PlanGoalRevision(PlanGoal goal, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(goal);
        Goal = goal;
        TenantId = goal.TenantId;
        SettingId = goal.SettingId;
        Version = goal.Version;
        By = by;
        At = at;
        Snapshot = JsonSerializer.Serialize(GoalSnapshot.Of(goal), Json);
    }

    public long Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int GoalId { get; private set; }

    public PlanGoal? Goal { get; private set; }

    /// The goal's version after this save: a form posted with this version started from this revision.
    public int Version { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Snapshot { get; private set; }

    public GoalSnapshot Read() =>
        JsonSerializer.Deserialize<GoalSnapshot>(Snapshot, Json) ?? throw new InvalidOperationException($"Revision {Id} holds no goal.");
}
