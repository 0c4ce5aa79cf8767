using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Goal;

/// Every saved version of one goal, newest first, each with what it changed from the one before.
public sealed class HistoryModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PlanPage(db, time, frameworks)
{
    public PlanGoal Goal { get; private set; } = null!;

    public List<(PlanGoalRevision Revision, IReadOnlyList<FieldChange> Changes)> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var goal = await Db.PlanGoals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (goal is null || !await LoadSettingAsync(goal.SettingId, cancellationToken))
            return NotFound();
        Goal = goal;
        var revisions = await Db.PlanGoalRevisions.AsNoTracking().Where(r => r.GoalId == id)
            .OrderBy(r => r.Version).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        GoalSnapshot? before = null;
        foreach (var revision in revisions)
        {
            var after = revision.Read();
            var changes = PlanHistory.Changes(before, after, goal.FrameworkCode, Frameworks);
            if (before is null || changes.Count > 0)
                Versions.Add((revision, changes));
            before = after;
        }

        Versions.Reverse();
        return Page();
    }
}
