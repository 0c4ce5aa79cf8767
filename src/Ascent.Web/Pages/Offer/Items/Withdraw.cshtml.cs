using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Items;

/// Takes a published item out of the catalogue, with the reason. Its bookings are kept (the bookings part tells
/// the people booked); it takes no more.
public sealed class WithdrawModel(OfferCatalogue catalogue) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public OfferItem Item { get; private set; } = null!;

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
        if (string.IsNullOrWhiteSpace(Reason))
            ModelState.AddModelError(nameof(Reason), "Enter why it is withdrawn");
        else if (Reason.Trim().Length > OfferItem.WithdrawnReasonMaxLength)
            ModelState.AddModelError(nameof(Reason), $"The reason must be {OfferItem.WithdrawnReasonMaxLength} characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        if (await catalogue.WithdrawAsync(id, Version, Reason!, cancellationToken) is { } refused)
        {
            await LoadAsync(id, cancellationToken);
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, refused);
            Version = Item.Version;
            return Page();
        }

        TempData["Message"] = "It is withdrawn: it has left the catalogue and its bookings are kept";
        return Redirect($"/offer/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(id, cancellationToken) is not { } item || item.Status != OfferStatus.Published)
            return false;
        Item = item;
        return true;
    }
}
