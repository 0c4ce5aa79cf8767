using Ascent.Web.Data;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Offer.Items;

/// Changes an item's details (a withdrawn item is not changed). A form older than the item is refused and shows the
/// item as it is now, so that saving again cannot overwrite a change this person never saw.
public sealed class EditModel(AppDbContext db, OfferTermsLibrary library, OfferCatalogue catalogue) : ItemFormPage(db, library)
{
    [BindProperty]
    public int Version { get; set; }

    public OfferItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Show(Item);
        Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Check(Item.Kind) is { } details && await catalogue.EditAsync(id, Version, details, cancellationToken) is { } refused)
        {
            await LoadAsync(id, cancellationToken);
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, refused);
            Show(Item);
            Version = Item.Version;
        }

        if (!ModelState.IsValid)
            return Page();
        TempData["Message"] = "The changes are saved";
        return Redirect($"/offer/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(id, cancellationToken) is not { } item || item.Status == OfferStatus.Withdrawn)
            return false;
        Item = item;
        await LoadTermsAsync(cancellationToken);
        return true;
    }
}
