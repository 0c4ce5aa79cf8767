using Ascent.Web.Data;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Offer.Register;

/// Marks a service arranged for a setting as delivered, which charges it at the price kept on its booking (a free
/// service is recorded, not charged). Once only.
public sealed class DeliveredModel(AppDbContext db, RegisterCharges charges) : PageModel
{
    public ArrangedView Booking { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (await charges.DeliveredAsync(id, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = Booking.PricePence > 0
            ? $"{Booking.Title} is marked delivered and {Infrastructure.Format.Pence(Booking.PricePence)} charged to {Booking.SettingName}"
            : $"{Booking.Title} is marked delivered; it is free, so nothing is charged";
        return Redirect("/charges");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var found = await (from b in db.Bookings.AsNoTracking()
                           where b.Id == id
                           join i in db.OfferItems.AsNoTracking() on b.OfferItemId equals i.Id
                           where i.Kind == OfferKind.Service
                           join s in db.Settings.AsNoTracking() on b.SettingId equals s.Id
                           select new ArrangedView(b.Id, i.Title, s.Name, b.AttendeeName, b.PricePence, b.Status, b.Outcome))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
            return false;
        Booking = found;
        return true;
    }
}

public sealed record ArrangedView(int Id, string Title, string SettingName, string Contact, int PricePence, BookingStatus Status, BookingOutcome? Outcome);
