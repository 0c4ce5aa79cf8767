using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Offer.Bookings;

/// Bookings: a setting's staff see their own setting's (upcoming, the waiting list, past and ended); the LA sees every
/// booking, narrowed by item, setting and status. The tenancy filters decide whose rows these are.
public sealed class IndexModel(BookingViews views, CurrentUser user, TimeProvider time) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public int? ItemId { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public int? SettingId { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public BookingStatus? Status { get; set; }

    public bool ForLa => user.SettingId is null;

    public IReadOnlyList<(string Caption, IReadOnlyList<BookingRow> Rows)> Groups { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ItemItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> SettingItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> StatusItems { get; } =
        [new("Any status", ""), .. Enum.GetValues<BookingStatus>().Select(s => new SelectListItem(BookingViews.StatusName(s), s.ToString()))];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await views.ListAsync(ForLa ? new BookingFilter(ItemId, SettingId, Status) : new BookingFilter(null, null, null), cancellationToken);
        var today = LaClock.Today(time);
        if (ForLa)
        {
            Groups = [("Bookings", rows)];
            var all = await views.ListAsync(new BookingFilter(null, null, null), cancellationToken);
            ItemItems = [new("Any item", ""), .. all.DistinctBy(r => r.ItemId).OrderBy(r => r.Item, StringComparer.Ordinal).Select(r => new SelectListItem($"{r.Item}{(r.StartsOn is { } on ? $", {Infrastructure.Format.Date(on)}" : "")}", Id(r.ItemId)))];
            SettingItems = [new("Any setting", ""), .. (await views.SettingsAsync(cancellationToken)).Select(s => new SelectListItem(s.Name, Id(s.Id)))];
            return;
        }

        Groups =
        [
            ("Upcoming", rows.Where(r => r.Status is BookingStatus.Booked or BookingStatus.Requested && (r.StartsOn is null || r.StartsOn >= today)).ToList()),
            ("Waiting list", rows.Where(r => r.Status == BookingStatus.Waiting).ToList()),
            ("Past", rows.Where(r => r.Status == BookingStatus.Booked && r.StartsOn < today).ToList()),
            ("Cancelled and declined", rows.Where(r => r.Status is BookingStatus.Cancelled or BookingStatus.Declined).ToList()),
        ];
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
