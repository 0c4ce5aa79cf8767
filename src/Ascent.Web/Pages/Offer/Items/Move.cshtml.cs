using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Items;

/// Moves one session of a course or event to another date or time, with places booked or not: everyone booked or
/// waiting, and their settings' owners and managers, are told by e-mail. Not into the past, not once its register is
/// taken; a form older than the item is refused.
public sealed class MoveModel(OfferCatalogue catalogue, OfferReschedule reschedule, TimeProvider time) : PageModel
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

    public OfferSession Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int sessionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, sessionId, cancellationToken))
            return NotFound();
        Version = Item.Version;
        Date = DateInput.From(Session.Date);
        Start = Format.Time(Session.Starts);
        End = Format.Time(Session.Ends);
        Venue = Session.Venue;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int sessionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, sessionId, cancellationToken))
            return NotFound();
        if (SessionTimes.Check(ModelState, Date, Start, End, Venue, time.Today()) is not { } moved)
            return Page();

        var booked = Item.PlacesTaken;
        if (await reschedule.MoveAsync(id, Version, sessionId, moved.Date, moved.Starts, moved.Ends, Venue, cancellationToken) is { } refused)
        {
            await LoadAsync(id, sessionId, cancellationToken);
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, refused);
            Version = Item.Version;
            return Page();
        }

        Message = booked == 0 ? "The session is moved" : "The session is moved: everyone booked or waiting is told by e-mail";
        return Redirect($"/offer/{id}/sessions");
    }

    private async Task<bool> LoadAsync(int id, int sessionId, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(id, cancellationToken) is not { } item || item.Kind == OfferKind.Service || item.Status == OfferStatus.Withdrawn
            || item.Sessions.FirstOrDefault(x => x.Id == sessionId) is not { } session)
            return false;
        Item = item;
        Session = session;
        return true;
    }
}
