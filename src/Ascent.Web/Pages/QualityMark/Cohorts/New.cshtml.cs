using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Cohorts;

/// Opens a cohort of the LA's scheme: its name, start and application window, and any pilot rules.
public sealed class NewModel(AppDbContext db, SchemeVersions schemes, TimeProvider time) : PageModel
{
    [BindProperty]
    public CohortInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        var current = await CurrentAsync(tenantId, cancellationToken);
        Input.Scheme = current[0].Code;
        Input.Shown = CohortInput.ShownOf(current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        var current = await CurrentAsync(tenantId, cancellationToken);
        var scheme = current.Count == 1 ? current[0] : current.FirstOrDefault(s => s.Code == Input.Scheme);
        if (scheme is null)
            ModelState.AddModelError("Input.Scheme", "Select the scheme the cohort runs on");
        else if (Input.Shown is { } shown && !shown.Split(';').Contains(CohortInput.Pair(scheme)))
            ModelState.AddModelError("Input.Scheme", $"{scheme.Name} has a new version, {scheme.Version}, since you opened this page: check it and open the cohort again");
        var nowShown = CohortInput.ShownOf(current);
        ModelState.Remove("Input.Shown");
        Input.Shown = nowShown;
        var values = Input.Validate(ModelState, nameof(Input), time.Today());
        if (values is { } v && await db.Cohorts.AnyAsync(c => c.Name == v.Name, cancellationToken))
            ModelState.AddModelError("Input.Name", $"There is already a cohort called {v.Name}: give this one another name");
        if (!ModelState.IsValid || values is not { } checkedValues || scheme is null)
            return Page();

        var cohort = Cohort.Open(tenantId, scheme, checkedValues.Name, checkedValues.StartsOn, checkedValues.OpensOn, checkedValues.ClosesOn,
            Input.PilotRules, db.CurrentUser.DisplayName, time.GetUtcNow());
        db.Cohorts.Add(cohort);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another coordinator opened a cohort of the same name a moment before.
            ModelState.AddModelError("Input.Name", $"There is already a cohort called {checkedValues.Name}: give this one another name");
            return Page();
        }

        TempData["Message"] = $"{cohort.Name} opened";
        return Redirect($"/quality-mark/cohorts/{cohort.Id}");
    }

    /// The LA's current schemes, offered as radios when there are several.
    private async Task<IReadOnlyList<SchemeDefinition>> CurrentAsync(int tenantId, CancellationToken cancellationToken)
    {
        IReadOnlyList<SchemeDefinition> current = [.. (await schemes.CurrentAsync(tenantId, cancellationToken)).Select(s => s.Definition)];
        ViewData["Schemes"] = CohortInput.SchemeItems(current);
        return current;
    }
}
