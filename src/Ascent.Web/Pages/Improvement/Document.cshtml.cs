using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Improvement;

/// The plan as a Word document: a Setting Improvement Plan for an English setting, the QIP template's layout for an
/// Australian service.
public sealed class DocumentModel(AppDbContext db, FrameworkRegistry frameworks) : PlanPage(db, frameworks)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        var goals = await AllGoalsAsync(cancellationToken);
        return File(PlanDocument.Create(Setting, goals, Frameworks, Db.Today), PlanDocument.ContentType, PlanDocument.FileName(Setting, Db.Today));
    }
}
