using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Items;

/// The dates of a course or event: a session is added with its date, times and (when it differs) its venue, and
/// removed while no place is booked. A session in the past, or one that ends before it starts, is refused.
public sealed class SessionsModel(OfferCatalogue catalogue, TimeProvider time) : PageModel
{
    [BindProperty]
    public DateInput Date { get; set; } = new();

    [BindProperty]
    public string? Start { get; set; }

    [BindProperty]
    public string? End { get; set; }

    [BindProperty]
    public string? Venue { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [TempData]
    public string? Message { get; set; }

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
        var date = CheckDate();
        var start = VisitTimes.ParseStartTime(Start);
        var end = VisitTimes.ParseStartTime(End);
        if (start is null)
            ModelState.AddModelError(nameof(Start), string.IsNullOrWhiteSpace(Start) ? "Enter the start time" : "Enter the start time like 9:30am or 14:30");
        if (end is null)
            ModelState.AddModelError(nameof(End), string.IsNullOrWhiteSpace(End) ? "Enter the end time" : "Enter the end time like 12:30pm or 16:00");
        else if (start is not null && end <= start)
            ModelState.AddModelError(nameof(End), "The end time must be after the start time");
        if (Venue?.Trim().Length > OfferItem.VenueMaxLength)
            ModelState.AddModelError(nameof(Venue), $"The venue must be {OfferItem.VenueMaxLength} characters or fewer");
        if (ModelState.IsValid && date is { } d && start is { } s && end is { } e)
            return await DoneAsync(id, await catalogue.AddSessionAsync(id, Version, d, s, e, Venue, cancellationToken), "The session is added", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int sessionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ModelState.Clear();
        return await DoneAsync(id, await catalogue.RemoveSessionAsync(id, Version, sessionId, cancellationToken), "The session is removed", cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(int id, string? refused, string message, CancellationToken cancellationToken)
    {
        if (refused is null)
        {
            Message = message;
            return Redirect($"/offer/{id}/sessions");
        }

        await LoadAsync(id, cancellationToken);
        ModelState.Remove(nameof(Version));
        ModelState.AddModelError(string.Empty, refused);
        Version = Item.Version;
        return Page();
    }

    private DateOnly? CheckDate()
    {
        var today = time.Today();
        if (Date.IsEmpty)
            ModelState.AddModelError(nameof(Date), "Enter the date of the session");
        else if (!Date.TryGetDate(out var day))
            ModelState.AddModelError(nameof(Date), "The date must be a real date, like 14 3 2027");
        else if (day < today)
            ModelState.AddModelError(nameof(Date), "The date of the session must be today or in the future");
        else if (day > today.AddYears(2))
            ModelState.AddModelError(nameof(Date), "The date must be within two years of today");
        else
            return day;
        return null;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(id, cancellationToken) is not { } item || item.Kind == OfferKind.Service || item.Status == OfferStatus.Withdrawn)
            return false;
        Item = item;
        return true;
    }
}
