using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Cohorts;

/// A cohort and its applications: each setting's entry criteria, status and evaluator, filtered by status.
public sealed class ShowModel(AppDbContext db, ApplicationRows rows, CohortQueries cohorts, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public Cohort Cohort { get; private set; } = null!;

    public string SchemeName { get; private set; } = "";

    public bool TakesApplications { get; private set; }

    public bool CanCoordinate { get; private set; }

    public IReadOnlyList<ApplicationRow> Applications { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<SelectListItem> StatusItems { get; } =
        [new("All", ""), .. Enum.GetValues<AccreditationStatus>().Select(s => new SelectListItem(AccreditationStatuses.Label(s), s.ToString()))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } cohort)
            return NotFound();
        Cohort = cohort;
        SchemeName = await cohorts.SchemeNameAsync(cohort, cancellationToken);
        TakesApplications = cohort.TakesApplicationsOn(Domain.Calendar.Clock.Today(time));
        CanCoordinate = (await authorization.AuthorizeAsync(User, QualityMarkAccess.CoordinateQualityMark)).Succeeded;
        // An unknown status shows every application rather than an error: the filter is a plain link.
        AccreditationStatus? status = Enum.TryParse<AccreditationStatus>(Status, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;
        Status = status?.ToString();
        Applications = await rows.ForCohortAsync(cohort, status, cancellationToken);
        return Page();
    }
}
