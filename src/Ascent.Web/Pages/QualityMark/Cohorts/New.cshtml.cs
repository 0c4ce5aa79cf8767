using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Cohorts;

/// Opens a cohort of the LA's scheme: its name, start and application window, and any pilot rules.
public sealed class NewModel(AppDbContext db, SchemeLibrary schemes, TimeProvider time) : PageModel
{
    [BindProperty]
    public CohortInput Input { get; set; } = new();

    public void OnGet()
    {
        Input.Scheme = schemes.Shipped[0].Definition.Code;
        ViewData["Schemes"] = CohortInput.SchemeItems(schemes);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData["Schemes"] = CohortInput.SchemeItems(schemes);
        var scheme = schemes.Shipped.Count == 1 ? schemes.Shipped[0].Definition : schemes.Find(Input.Scheme ?? "");
        if (scheme is null)
            ModelState.AddModelError("Input.Scheme", "Select the scheme the cohort runs on");
        var values = Input.Validate(ModelState, nameof(Input), time.Today());
        if (values is { } v && await db.Cohorts.AnyAsync(c => c.Name == v.Name, cancellationToken))
            ModelState.AddModelError("Input.Name", $"There is already a cohort called {v.Name}: give this one another name");
        if (!ModelState.IsValid || values is not { } checkedValues || scheme is null || db.CurrentUser.TenantId is not { } tenantId)
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
}
