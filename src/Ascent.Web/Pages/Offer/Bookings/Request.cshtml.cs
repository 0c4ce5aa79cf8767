using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Offer.Bookings;

/// Requests a service of the offer for a named contact, saying what the setting needs; the LA arranges or declines
/// it on the booking's page.
public sealed class RequestModel(BookingViews views, OfferBookings bookings, OfferTermsLibrary library, OfferPrices prices, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? SettingId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Needs { get; set; }

    public OfferItem Item { get; private set; } = null!;

    public PlacePrice? Price { get; private set; }

    public bool ForAnySetting => user.SettingId is null;

    public IReadOnlyList<SelectListItem> SettingItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var contact = PersonInput.Check(ModelState, Name, Email, nameof(Name), nameof(Email), required: true);
        var needs = Needs?.Trim() ?? "";
        if (needs.Length == 0)
            ModelState.AddModelError(nameof(Needs), "Enter what your setting needs");
        else if (needs.Length > Booking.NeedsMaxLength)
            ModelState.AddModelError(nameof(Needs), $"What your setting needs must be {Booking.NeedsMaxLength} characters or fewer");
        if (ForAnySetting && SettingId is null)
            ModelState.AddModelError(nameof(SettingId), "Choose the setting the request is for");
        if (!ModelState.IsValid || contact is null)
            return Page();
        var result = await bookings.RequestAsync(id, (user.SettingId ?? SettingId)!.Value, contact, needs, cancellationToken);
        if (result.Refused is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            return Page();
        }

        TempData["Message"] = $"{Item.Title} is requested: the local authority will arrange it or tell you why not";
        return Redirect($"/bookings/{result.Booked[0].Id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.ItemAsync(id, cancellationToken) is not { } item || item.Kind != OfferKind.Service)
            return false;
        Item = item;
        if (ForAnySetting)
        {
            var settings = await views.SettingsAsync(cancellationToken);
            if (SettingId is { } chosen && settings.All(s => s.Id != chosen))
                SettingId = null;
            SettingItems = [new SelectListItem("Choose a setting", ""), .. settings.Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        }

        if ((user.SettingId ?? SettingId) is { } setting)
            Price = await prices.ForAsync(item, setting, (await library.CurrentAsync(item.TenantId, cancellationToken)).Terms, cancellationToken);
        return true;
    }
}
