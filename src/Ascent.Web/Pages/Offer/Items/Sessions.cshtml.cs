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
        if (SessionTimes.Check(ModelState, Date, Start, End, Venue, time.Today()) is { } session)
            return await DoneAsync(id, await catalogue.AddSessionAsync(id, Version, session.Date, session.Starts, session.Ends, Venue, cancellationToken), "The session is added", cancellationToken);
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

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(id, cancellationToken) is not { } item || item.Kind == OfferKind.Service || item.Status == OfferStatus.Withdrawn)
            return false;
        Item = item;
        return true;
    }
}
