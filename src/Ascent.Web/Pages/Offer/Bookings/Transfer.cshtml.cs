using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Offer.Bookings;

/// Moves a booked place to another published run of the same course at the same price, until the terms' days before.
public sealed class TransferModel(BookingViews views, OfferBookings bookings) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public int? ToItemId { get; set; }

    public BookingDetail Detail { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> RunItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Version = Detail.Booking.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (ToItemId is null)
            ModelState.AddModelError(nameof(ToItemId), "Choose the date to move the place to");
        if (!ModelState.IsValid)
            return Page();
        if (await bookings.TransferAsync(id, Version, ToItemId!.Value, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            ModelState.Remove(nameof(Version));
            await LoadAsync(id, cancellationToken);
            Version = Detail.Booking.Version;
            return Page();
        }

        TempData["Message"] = $"The place for {Detail.Booking.AttendeeName} is moved";
        return Redirect($"/bookings/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.DetailAsync(id, cancellationToken) is not { } detail || detail.Booking.Status != BookingStatus.Booked || detail.Item.Kind == OfferKind.Service)
            return false;
        Detail = detail;
        var runs = await views.OtherRunsAsync(detail.Item, cancellationToken);
        RunItems = [new SelectListItem("Choose a date", ""), .. runs.OrderBy(r => r.StartsOn).Select(r => new SelectListItem(
            $"Starting {Infrastructure.Format.Date(r.StartsOn)}{(r.IsFull ? " (full)" : "")}", r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return true;
    }
}
