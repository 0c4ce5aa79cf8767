using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Items;

/// Puts a draft in the catalogue, where settings see and book it. A course or event without a session or a number of
/// places, or whose first session has passed, is refused with what to do.
public sealed class PublishModel(OfferCatalogue catalogue, TimeProvider time) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public OfferItem Item { get; private set; } = null!;

    /// Why it cannot be published now, shown before the button is pressed.
    public string? Blocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (await catalogue.PublishAsync(id, Version, cancellationToken) is { } refused)
        {
            await LoadAsync(id, cancellationToken);
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, refused);
            Version = Item.Version;
            return Page();
        }

        TempData["Message"] = "It is published: settings see it in the catalogue";
        return Redirect($"/offer/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(id, cancellationToken) is not { } item || item.Status != OfferStatus.Draft)
            return false;
        Item = item;
        Blocked = item.WhyNotPublishable(time.Today());
        return true;
    }
}
