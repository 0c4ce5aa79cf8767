using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Bookings;

/// Cancels a booking, saying first what it will cost under the booking's own terms ("No charge" inside the free
/// window). Confirming raises the charge, if any, and moves the waiting list up.
public sealed class CancelModel(BookingViews views, OfferBookings bookings) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public BookingDetail Detail { get; private set; } = null!;

    public CancellationQuote Quote { get; private set; } = null!;

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
        if (Reason?.Trim().Length > Booking.ReasonMaxLength)
            ModelState.AddModelError(nameof(Reason), $"The reason must be {Booking.ReasonMaxLength} characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        if (await bookings.CancelAsync(id, Version, Reason, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            ModelState.Remove(nameof(Version));
            await LoadAsync(id, cancellationToken);
            Version = Detail.Booking.Version;
            return Page();
        }

        TempData["Message"] = Quote.Pence == 0
            ? $"The place for {Detail.Booking.AttendeeName} is cancelled: no charge"
            : $"The place for {Detail.Booking.AttendeeName} is cancelled: {Infrastructure.Format.Pence(Quote.Pence)} is charged";
        return Redirect($"/bookings/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.DetailAsync(id, cancellationToken) is not { } detail || !detail.Booking.IsActive)
            return false;
        Detail = detail;
        Quote = await bookings.QuoteAsync(detail.Booking, detail.Item, cancellationToken);
        return true;
    }
}
