using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Plan;

/// The plan as a Word document: a Setting Improvement Plan for an English setting, the QIP template's layout for an
/// Australian service, with its statement of philosophy and each quality area's strengths from the self-assessment.
public sealed class DocumentModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PlanPage(db, time, frameworks)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        var goals = await AllGoalsAsync(cancellationToken);
        var statement = await Db.ServiceStatements.AsNoTracking().FirstOrDefaultAsync(s => s.SettingId == id, cancellationToken);
        // The self-assessment the plan rests on: the one being written, else the last finished.
        var selfEvaluation = await Db.SelfEvaluations.AsNoTracking().Include(e => e.Areas).Where(e => e.SettingId == id)
            .OrderBy(e => e.FinishedOn != null).ThenByDescending(e => e.FinishedOn).ThenByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var document = PlanDocument.Create(Setting, goals, Frameworks, Today, statement, selfEvaluation);
        return File(document, PlanDocument.ContentType, PlanDocument.FileName(Setting, Today));
    }
}
