using Ascent.Web.Data;
using Ascent.Web.Domain.Improvement;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Improvement;

/// When two people save the same goal: what only the other changed is taken, what only this person changed is kept,
/// and what both changed is shown side by side for this person to settle.
public static class GoalConflicts
{
    public sealed record Result(GoalMerge Merge, GoalSnapshot Saved, PlanGoalRevision? SavedMeanwhile);

    /// Merges this person's version, begun from version started, with the goal as saved meanwhile.
    public static async Task<Result> MergeAsync(AppDbContext db, PlanGoal saved, int started, GoalSnapshot mine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(saved);
        var revisions = await db.PlanGoalRevisions.AsNoTracking().Where(r => r.GoalId == saved.Id && (r.Version == started || r.Version == saved.Version))
            .ToListAsync(cancellationToken);
        var snapshot = GoalSnapshot.Of(saved);
        var merge = GoalMerge.Of(revisions.Where(r => r.Version == started).MaxBy(r => r.Id)?.Read(), snapshot, mine, GoalMerge.FormFields);
        return new(merge, snapshot, revisions.Where(r => r.Version == saved.Version).MaxBy(r => r.Id));
    }
}
