using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Bookings;

/// One booking and its history (booked, moved up, passed on, moved, cancelled and its charge). The LA's runners
/// arrange or decline a requested service here; a decline says why, and either tells the setting by e-mail.
public sealed class ShowModel(BookingViews views, OfferBookings bookings, CurrentUser user) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? DeclineReason { get; set; }

    public BookingDetail Detail { get; private set; } = null!;

    public bool CanChange => OfferAccess.RunnerRoles.Any(user.IsInRole) || user.IsInRole(Domain.People.Roles.SettingOwner) || user.IsInRole(Domain.People.Roles.SettingManager);

    public bool CanDecide => OfferAccess.RunnerRoles.Any(user.IsInRole) && Detail.Booking.Status == BookingStatus.Requested;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.DetailAsync(id, cancellationToken) is not { } detail)
            return NotFound();
        Detail = detail;
        Version = detail.Booking.Version;
        return Page();
    }

    public Task<IActionResult> OnPostArrangeAsync(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, () => bookings.ArrangeAsync(id, Version, cancellationToken), "The request is arranged and the setting is told", cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken cancellationToken)
    {
        var reason = DeclineReason?.Trim() ?? "";
        if (reason.Length == 0)
            ModelState.AddModelError(nameof(DeclineReason), "Enter why the request is declined");
        else if (reason.Length > Booking.ReasonMaxLength)
            ModelState.AddModelError(nameof(DeclineReason), $"The reason must be {Booking.ReasonMaxLength} characters or fewer");
        return DecideAsync(id, () => bookings.DeclineAsync(id, Version, reason, cancellationToken), "The request is declined and the setting is told", cancellationToken);
    }

    private async Task<IActionResult> DecideAsync(int id, Func<Task<string?>> decide, string said, CancellationToken cancellationToken)
    {
        if (await views.DetailAsync(id, cancellationToken) is not { } detail)
            return NotFound();
        Detail = detail;
        if (!CanDecide)
            return Forbid();
        if (!ModelState.IsValid)
            return Page();
        if (await decide() is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            ModelState.Remove(nameof(Version));
            Detail = (await views.DetailAsync(id, cancellationToken))!;
            Version = Detail.Booking.Version;
            return Page();
        }

        TempData["Message"] = said;
        return Redirect($"/bookings/{id}");
    }
}
