using Ascent.Web.Data;
using Ascent.Web.Domain.Accounts;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Pages.Evidence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation;

/// One self-evaluation in full, finished or in progress: what the LA reads, and the record of a finished snapshot.
public sealed class ViewModel(AppDbContext db, FrameworkRegistry frameworks) : PageModel
{
    public Evaluation Evaluation { get; private set; } = null!;

    public string SettingName { get; private set; } = "";

    public Framework Framework { get; private set; } = null!;

    /// The setting's own staff may turn an area for development into a goal of their improvement plan.
    public bool CanPlan => db.CurrentUser.SettingId == Evaluation.SettingId && Roles.SettingRoles.Any(db.CurrentUser.IsInRole);

    /// Goals made from each area of this self-evaluation, by the area's id: the way back from source to goal.
    public ILookup<int, (int Id, string Outcome)> Goals { get; private set; } = Enumerable.Empty<(int, (int, string))>().ToLookup(x => x.Item1, x => x.Item2);

    /// The evidence chosen for each area, by the area's id.
    public Dictionary<int, List<Domain.Evidence.EvidenceItem>> ChosenEvidence { get; private set; } = [];

    public EvidenceList EvidenceFor(AreaEvaluation area) =>
        EvidenceList.ForArea(ChosenEvidence.GetValueOrDefault(area.Id) ?? [], db.Today, Evaluation.SettingId, area, CanPlan && !Evaluation.IsFinished);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var evaluation = await db.SelfEvaluations.AsNoTracking().Include(e => e.Areas).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (evaluation is null)
            return NotFound();
        var name = await db.Settings.Where(s => s.Id == evaluation.SettingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
            return NotFound();
        Evaluation = evaluation;
        SettingName = name;
        Framework = frameworks.Get(evaluation.FrameworkCode);
        var areaIds = evaluation.Areas.Select(a => (int?)a.Id).ToList();
        var goals = await db.PlanGoals.Where(g => g.SourceKind == GoalSourceKind.SelfEvaluationArea && areaIds.Contains(g.SourceId))
            .Select(g => new { g.Id, g.Outcome, g.SourceId }).ToListAsync(cancellationToken);
        Goals = goals.ToLookup(g => g.SourceId!.Value, g => (g.Id, g.Outcome));
        ChosenEvidence = await EvidenceList.ByAreaAsync(db, evaluation.Areas.Select(a => a.Id), cancellationToken);
        return Page();
    }
}
