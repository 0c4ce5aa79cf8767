using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.People;
using Ascent.Web.Services.Complaints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Complaints;

/// The quarterly report for a year: volumes by kind and team, themes, the median and longest working days to
/// acknowledge and to answer, and how many met the deadlines; as a page or a CSV. For the LA administrator, the
/// Improvement and Standards Manager and a team's manager (the filter counts what each may see).
public sealed class ReportModel(ComplaintReport report, AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }

    public IReadOnlyList<QuarterReport> Quarters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await MayReadAsync(cancellationToken))
            return Forbid();
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : time.Today().Year;
        Quarters = await report.ForYearAsync(ShownYear, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await MayReadAsync(cancellationToken))
            return Forbid();
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : time.Today().Year;
        var csv = ComplaintReport.Csv(ShownYear, await report.ForYearAsync(ShownYear, cancellationToken));
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", $"compliments-and-complaints-{ShownYear}.csv");
    }

    private async Task<bool> MayReadAsync(CancellationToken cancellationToken) =>
        User.IsInRole(Roles.LaAdministrator) || User.IsInRole(Roles.ImprovementAndStandardsManager)
        || (db.CurrentUser.UserId is { } me && await db.ComplaintTeams.AnyAsync(t => t.ManagerId == me, cancellationToken));
}
