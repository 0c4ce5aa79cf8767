using Ascent.Web.Data;
using Ascent.Web.Domain.Accounts;
using Ascent.Web.Domain.Evidence;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Evidence;

/// What the evidence pages share: the setting (found through the query filters), who may change its evidence, and
/// the area or goal a piece of evidence is being added for, when it is.
public abstract class EvidencePage(AppDbContext db) : PageModel
{
    protected AppDbContext Db => db;

    public Setting Setting { get; private set; } = null!;

    public DateOnly Today => db.Today;

    /// Evidence is the setting's own, like its self-evaluation and plan: its staff add it; the LA reads it.
    public bool CanEdit => db.CurrentUser.SettingId == Setting.Id && Roles.SettingRoles.Any(db.CurrentUser.IsInRole);

    /// The area of the draft self-evaluation evidence is being chosen for (only a draft's areas take new evidence).
    public AreaEvaluation? ForArea { get; private set; }

    /// The open plan goal evidence is being chosen for.
    public PlanGoal? ForGoal { get; private set; }

    public string? ForName { get; private set; }

    /// Where to go back to after adding or choosing evidence for an area or goal.
    public string? ForHref => ForArea is { } area ? $"/settings/{Setting.Id}/self-evaluation/{area.AreaCode}"
        : ForGoal is { } goal ? $"/plan-goals/{goal.Id}"
        : null;

    protected async Task<bool> LoadSettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Id == settingId, cancellationToken);
        if (setting is null)
            return false;
        Setting = setting;
        return true;
    }

    /// The area or goal named in the address, of this setting only (through the filters and by setting id); false
    /// when one is named that is not there.
    protected async Task<bool> LoadTargetAsync(int? areaId, int? goalId, Domain.Frameworks.FrameworkRegistry frameworks, CancellationToken cancellationToken)
    {
        if (areaId is not null)
        {
            ForArea = await db.SelfEvaluationAreas.Include(a => a.Evaluation)
                .FirstOrDefaultAsync(a => a.Id == areaId && a.SettingId == Setting.Id && a.Evaluation!.FinishedOn == null, cancellationToken);
            if (ForArea is null)
                return false;
            ForName = frameworks.TryGet(ForArea.Evaluation!.FrameworkCode, out var framework)
                ? $"the self-evaluation area “{framework.FindArea(ForArea.AreaCode)?.Name ?? ForArea.AreaCode}”"
                : "the self-evaluation";
        }
        else if (goalId is not null)
        {
            ForGoal = await db.PlanGoals.FirstOrDefaultAsync(g => g.Id == goalId && g.SettingId == Setting.Id, cancellationToken);
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
            ? await db.EvidenceUses.AnyAsync(u => u.EvidenceItemId == item.Id && u.AreaEvaluationId == area.Id, cancellationToken)
            : ForGoal is { } goal && await db.EvidenceUses.AnyAsync(u => u.EvidenceItemId == item.Id && u.GoalId == goal.Id, cancellationToken);
        if (exists || (ForArea is null && ForGoal is null))
            return;
        db.EvidenceUses.Add(ForArea is not null ? EvidenceUse.ForArea(item, ForArea) : EvidenceUse.ForGoal(item, ForGoal!));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone linked the same evidence at the same moment: it is linked, which is what was wanted.
            db.ChangeTracker.Clear();
        }
    }
}
