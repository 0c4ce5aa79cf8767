using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Bookings;

/// The LA's view of one item's bookings: the places by setting, the waiting list in the order it moves up, and
/// cancellations with what they cost.
public sealed class ItemModel(BookingViews views) : PageModel
{
    public OfferItem Item { get; private set; } = null!;

    public IReadOnlyList<BookingRow> Places { get; private set; } = [];

    public IReadOnlyList<BookingRow> Waiting { get; private set; } = [];

    public IReadOnlyList<BookingRow> Ended { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.ItemAsync(id, cancellationToken) is not { } item)
            return NotFound();
        Item = item;
        var rows = await views.ListAsync(new BookingFilter(id, null, null), cancellationToken);
        Places = [.. rows.Where(r => r.Status is BookingStatus.Booked or BookingStatus.Requested).OrderBy(r => r.Setting, StringComparer.Ordinal).ThenBy(r => r.Attendee, StringComparer.Ordinal)];
        Waiting = [.. rows.Where(r => r.Status == BookingStatus.Waiting).OrderBy(r => r.WaitingSince).ThenBy(r => r.Id)];
        Ended = [.. rows.Where(r => r.Status is BookingStatus.Cancelled or BookingStatus.Declined)];
        return Page();
    }
}
