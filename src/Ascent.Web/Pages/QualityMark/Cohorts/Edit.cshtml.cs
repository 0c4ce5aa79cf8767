using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Cohorts;

/// Changes a cohort's name, dates and pilot rules; the scheme version stays, as it is what the settings applied to.
public sealed class EditModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public CohortInput Input { get; set; } = new();

    public Cohort Cohort { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } cohort)
            return NotFound();
        Cohort = cohort;
        Input = CohortInput.From(cohort);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Cohorts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } cohort)
            return NotFound();
        Cohort = cohort;
        var values = Input.Validate(ModelState, nameof(Input), time.Today());
        if (values is { } v && await db.Cohorts.AnyAsync(c => c.Id != id && c.Name == v.Name, cancellationToken))
            ModelState.AddModelError("Input.Name", $"There is already a cohort called {v.Name}: give this one another name");
        if (!ModelState.IsValid || values is not { } checkedValues)
            return Page();

        db.Entry(cohort).Property(c => c.Version).OriginalValue = Input.Version;
        cohort.Change(checkedValues.Name, checkedValues.StartsOn, checkedValues.OpensOn, checkedValues.ClosesOn, Input.PilotRules);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            Cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
            ModelState.Clear();
            Input = CohortInput.From(Cohort);
            ModelState.AddModelError("Input.Name", "Someone else changed this cohort while you were editing it: their changes are shown below. Make yours again");
            return Page();
        }

        TempData["Message"] = $"{cohort.Name} saved";
        return Redirect($"/quality-mark/cohorts/{id}");
    }
}
