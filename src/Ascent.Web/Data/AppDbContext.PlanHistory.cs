using Ascent.Web.Domain.Improvement;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

public abstract partial class AppDbContext
{
    /// Every version of a plan goal is kept, whichever page changed it: a save that adds a goal or moves its version
    /// (any change to what it says, its steps, status or impact review) adds a revision in the same transaction.
    private async Task KeepGoalRevisionsAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in ChangeTracker.Entries<PlanGoal>().ToList())
        {
            var version = entry.Property(g => g.Version);
            var changed = entry.State == EntityState.Added
                || (entry.State == EntityState.Modified && !Equals(version.OriginalValue, version.CurrentValue));
            if (!changed)
                continue;
            // A status change may be saved without its steps loaded; the revision must still hold them.
            var steps = entry.Collection(g => g.Steps);
            if (entry.State != EntityState.Added && !steps.IsLoaded)
                await steps.LoadAsync(cancellationToken);
            PlanGoalRevisions.Add(new PlanGoalRevision(entry.Entity, _currentUser.DisplayName, _time.GetUtcNow()));
        }
    }
}
