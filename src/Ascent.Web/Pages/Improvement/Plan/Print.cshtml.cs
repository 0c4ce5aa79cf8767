using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Improvement.Plan;

/// The whole plan as a clean page to print: every goal with its steps, progress and impact, in the order of the
/// Word document. The stylesheet hides the navigation when printing.
public sealed class PrintModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PlanPage(db, time, frameworks)
{
    public List<PlanGoal> Goals { get; private set; } = [];

    public string Title => PlanDocument.Title(Setting);


    public PlanGoalsView Plan => new(Goals, Frameworks);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        Goals = await AllGoalsAsync(cancellationToken);
        return Page();
    }
}
