using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships;

/// The register's locality groupings, each with how many settings carry it, and a button to make one a partnership
/// (a form each: no JavaScript). Twice is refused with the reason and nothing made.
public sealed class LocalitiesModel(LocalityPartnerships localities) : PageModel
{
    public IReadOnlyList<LocalityRow> Rows { get; private set; } = [];

    [BindProperty]
    public string? Locality { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await localities.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Rows = await localities.ListAsync(cancellationToken);
        var chosen = Rows.FirstOrDefault(r => string.Equals(r.Locality, Locality?.Trim(), StringComparison.Ordinal));
        if (chosen is null)
        {
            ModelState.AddModelError(nameof(Locality), "Choose a locality grouping from the list");
            return Page();
        }

        var (made, refused) = await localities.MakeAsync(chosen.Locality, cancellationToken);
        if (made is null)
        {
            ModelState.AddModelError(nameof(Locality), refused!);
            return Page();
        }

        TempData["Message"] = $"{made.Name} is a partnership of {made.Members.Count} {(made.Members.Count == 1 ? "setting" : "settings")}";
        return Redirect($"/partnerships/{made.Id}");
    }
}
