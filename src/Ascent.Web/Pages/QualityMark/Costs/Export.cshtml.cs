using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Costs;

/// The cohort's cost report as CSV (the coordinators').
public sealed class ExportModel(AppDbContext db, SchemeVersions library, CohortCosts costs) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cohort is null || await library.OfCohortAsync(cohort, cancellationToken) is not { } scheme)
            return NotFound();
        var report = await costs.ReportAsync(cohort, scheme.Evaluator, cancellationToken);
        return File(await CohortCosts.CsvAsync(report, cancellationToken), "text/csv", CohortCosts.FileName(cohort));
    }
}
