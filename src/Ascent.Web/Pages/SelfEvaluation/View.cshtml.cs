using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
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
        return Page();
    }
}
