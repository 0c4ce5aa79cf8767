using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Bookings;

/// Another named person of the same setting takes the place, as the booking's terms allow (until the course starts).
public sealed class SubstituteModel(BookingViews views, OfferBookings bookings) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public BookingDetail Detail { get; private set; } = null!;

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
        if (PersonInput.Check(ModelState, Name, Email, nameof(Name), nameof(Email), required: true) is not { } person || !ModelState.IsValid)
            return Page();
        if (await bookings.SubstituteAsync(id, Version, person, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            ModelState.Remove(nameof(Version));
            await LoadAsync(id, cancellationToken);
            Version = Detail.Booking.Version;
            return Page();
        }

        TempData["Message"] = $"The place now belongs to {person.Name}";
        return Redirect($"/bookings/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.DetailAsync(id, cancellationToken) is not { } detail || detail.Booking.Status is not (BookingStatus.Booked or BookingStatus.Waiting))
            return false;
        Detail = detail;
        return true;
    }
}
