using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Buddying;

/// The LA plans a visit between the two sides of a pairing, on a day within its period.
public sealed class PlanVisitModel(Services.Partnerships.Buddying buddying, TimeProvider time) : PageModel
{
    public BuddyPairing Pairing { get; private set; } = null!;

    [BindProperty]
    public DateInput Date { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await buddying.FindAsync(id, cancellationToken) is not { } pairing)
            return NotFound();
        Pairing = pairing;
        Version = pairing.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await buddying.FindAsync(id, cancellationToken) is not { } pairing)
            return NotFound();
        Pairing = pairing;
        if (Date.IsEmpty)
            ModelState.AddModelError(nameof(Date), "Enter the date of the visit");
        else if (!Date.TryGetDate(out var day))
            ModelState.AddModelError(nameof(Date), "The date must be a real date, like 14 3 2027");
        else if (day < time.Today().AddYears(-1))
            ModelState.AddModelError(nameof(Date), "The date must be within the last year or later");
        if (!ModelState.IsValid)
            return Page();
        Date.TryGetDate(out var on);
        if (await buddying.PlanVisitAsync(id, Version, on, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(nameof(Date), refused);
            return Page();
        }

        TempData["Message"] = $"A visit is planned for {Infrastructure.Format.Date(on)}";
        return Redirect($"/buddying/{id}#visits");
    }
}
