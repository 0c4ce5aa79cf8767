using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Costs;

/// A cost recorded against the cohort, as listed.
public sealed record CostRow(int Id, string Description, string For, long AmountPence, string RecordedBy, DateTimeOffset RecordedAt);

/// A cohort's cost report (the coordinators'): evaluator days at the scheme's day rate plus the other costs recorded,
/// per setting and in total, with a form to record another cost and a CSV of the report.
public sealed class IndexModel(AppDbContext db, TimeProvider time, SchemeVersions library, CohortCosts costs) : PageModel
{
    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    /// An accreditation's id, or empty for the whole cohort.
    [BindProperty]
    public string? For { get; set; }

    public Cohort Cohort { get; private set; } = null!;

    public SchemeDefinition Scheme { get; private set; } = null!;

    public CostReport Report { get; private set; } = null!;

    public IReadOnlyList<CostRow> Recorded { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ForItems { get; private set; } = [];

    private Dictionary<int, string> _settings = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (CostForm.Read(ModelState, Description, Amount, For, _settings) is not { } read)
            return Page();
        var (pence, accreditationId) = read;
        var accreditation = accreditationId is { } aid ? await db.Accreditations.SingleAsync(a => a.Id == aid, cancellationToken) : null;
        db.SchemeCosts.Add(SchemeCost.Record(Cohort, accreditation, Description!, pence, db.CurrentUser.DisplayName, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"{Pence.Format(pence)} recorded";
        return Redirect($"/quality-mark/cohorts/{id}/costs");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cohort is null || await library.OfCohortAsync(cohort, cancellationToken) is not { } scheme)
            return false;
        (Cohort, Scheme) = (cohort, scheme);
        Report = await costs.ReportAsync(cohort, scheme.Evaluator, cancellationToken);
        _settings = await db.Accreditations.AsNoTracking().Where(a => a.CohortId == id && a.Status != AccreditationStatus.Applied && a.Status != AccreditationStatus.Declined)
            .Join(db.Settings, a => a.SettingId, s => s.Id, (a, s) => new { a.Id, s.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var recorded = await db.SchemeCosts.AsNoTracking().Where(c => c.CohortId == id).OrderByDescending(c => c.RecordedAt).ToListAsync(cancellationToken);
        Recorded = [.. recorded.Select(c => new CostRow(c.Id, c.Description, c.AccreditationId is { } a ? _settings.GetValueOrDefault(a, "A setting") : CostReport.CohortLineName, c.AmountPence, c.RecordedBy, c.RecordedAt))];
        ForItems = CostForm.Items(_settings, For);
        return true;
    }

    public static string Days(decimal days) => days.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
