using Ascent.Web.Domain.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Buddying;

/// The LA changes how many settings one lead may buddy at a time.
public sealed class LimitModel(Services.Partnerships.Buddying buddying) : PageModel
{
    [BindProperty]
    public string? Limit { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (limit, version) = await buddying.LimitAsync(cancellationToken);
        Limit = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Version = version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!int.TryParse(Limit?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) || limit < 1 || limit > BuddyingLimit.Most)
        {
            ModelState.AddModelError(nameof(Limit), $"Enter a whole number from 1 to {BuddyingLimit.Most}");
            return Page();
        }

        if (await buddying.ChangeLimitAsync(limit, Version, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(nameof(Limit), refused);
            return Page();
        }

        TempData["Message"] = $"One lead now buddies at most {limit} {(limit == 1 ? "setting" : "settings")} at a time";
        return Redirect("/buddying");
    }
}
