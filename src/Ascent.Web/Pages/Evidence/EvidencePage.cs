using Ascent.Web.Data;
using Ascent.Web.Domain.Evidence;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Evidence;

/// What the evidence pages share: the setting (found through the query filters), who may change its evidence, and
/// the area or goal a piece of evidence is being added for, when it is.
public abstract class EvidencePage(AppDbContext db, TimeProvider time) : SettingWorkPage(db, time)
{
    /// The area of the draft self-evaluation evidence is being chosen for (only a draft's areas take new evidence).
    public AreaEvaluation? ForArea { get; private set; }

    /// The open plan goal evidence is being chosen for.
    public PlanGoal? ForGoal { get; private set; }

    public string? ForName { get; private set; }

    /// Where to go back to after adding or choosing evidence for an area or goal.
    public string? ForHref => ForArea is { } area ? $"/settings/{Setting.Id}/self-evaluation/{area.AreaCode}"
        : ForGoal is { } goal ? $"/plan-goals/{goal.Id}"
        : null;

    /// The area or goal named in the address, of this setting only (through the filters and by setting id); false
    /// when one is named that is not there.
    protected async Task<bool> LoadTargetAsync(int? areaId, int? goalId, Domain.Frameworks.FrameworkRegistry frameworks, CancellationToken cancellationToken)
    {
        if (areaId is not null)
        {
            ForArea = await Db.SelfEvaluationAreas.Include(a => a.Evaluation)
                .FirstOrDefaultAsync(a => a.Id == areaId && a.SettingId == Setting.Id && a.Evaluation!.FinishedOn == null, cancellationToken);
            if (ForArea is null)
                return false;
            ForName = frameworks.TryGet(ForArea.Evaluation!.FrameworkCode, out var framework)
                ? $"the self-evaluation area “{framework.FindArea(ForArea.AreaCode)?.Name ?? ForArea.AreaCode}”"
                : "the self-evaluation";
        }
        else if (goalId is not null)
        {
            ForGoal = await Db.PlanGoals.FirstOrDefaultAsync(g => g.Id == goalId && g.SettingId == Setting.Id, cancellationToken);
            if (ForGoal is null)
                return false;
            ForName = $"the goal “{ForGoal.Outcome}”";
        }

        return true;
    }

    /// Links one piece of evidence to the area or goal being worked on; the unique indexes make a second link a
    /// no-op, so a double click or two people at once add it once.
    protected async Task UseAsync(EvidenceItem item, CancellationToken cancellationToken)
    {
        var exists = ForArea is { } area
            ? await Db.EvidenceUses.AnyAsync(u => u.EvidenceItemId == item.Id && u.AreaEvaluationId == area.Id, cancellationToken)
            : ForGoal is { } goal && await Db.EvidenceUses.AnyAsync(u => u.EvidenceItemId == item.Id && u.GoalId == goal.Id, cancellationToken);
        if (exists || (ForArea is null && ForGoal is null))
            return;
        Db.EvidenceUses.Add(ForArea is not null ? EvidenceUse.ForArea(item, ForArea) : EvidenceUse.ForGoal(item, ForGoal!));
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone linked the same evidence at the same moment: it is linked, which is what was wanted.
            Db.ChangeTracker.Clear();
        }
    }
}
