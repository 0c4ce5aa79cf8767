using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Cohorts;

/// A setting's owner or manager applies to a cohort: Ascent's check of the entry criteria first, as the coordinator
/// will see it, then the setting's statement. A second application, or one outside the window, is refused.
public sealed class ApplyModel(AppDbContext db, Applications applications, ApplicantFactsReader facts) : PageModel
{
    [BindProperty]
    public string? Statement { get; set; }

    public Cohort Cohort { get; private set; } = null!;

    public SchemeDefinition Scheme { get; private set; } = null!;

    public string SettingName { get; private set; } = "";

    public IReadOnlyList<CriterionLine> Criteria { get; private set; } = [];

    /// Why the setting may not apply, when it may not.
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Refusal is not null)
            return Page();
        if (string.IsNullOrWhiteSpace(Statement))
            ModelState.AddModelError(nameof(Statement), "Enter why your setting applies and how it reflects on its practice");
        else if (Statement.Trim().Length > Accreditation.TextMaxLength)
            ModelState.AddModelError(nameof(Statement), $"Your statement must be {Accreditation.TextMaxLength:N0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        var settingId = db.CurrentUser.SettingId!.Value;
        var accreditation = await applications.ApplyAsync(Cohort, settingId, SettingName, Statement!, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same application sent twice at once: the unique index keeps one.
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = $"Application sent to the coordinator of {Cohort.Name}";
        return Redirect($"/quality-mark/accreditations/{accreditation.Id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (db.CurrentUser.SettingId is not { } settingId)
            return false;
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == settingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (cohort is null || setting is null)
            return false;
        (Cohort, SettingName, Scheme) = (cohort, setting, await applications.SchemeOfAsync(cohort, cancellationToken));
        Criteria = [.. (await facts.CheckAsync(Scheme, settingId, cancellationToken)).Select(ApplicationRows.Line)];
        Refusal = await applications.RefusalAsync(cohort, settingId, cancellationToken);
        return true;
    }
}
