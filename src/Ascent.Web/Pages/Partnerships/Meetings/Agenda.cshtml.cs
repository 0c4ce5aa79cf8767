using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// A planned meeting's agenda: a member setting's owner or manager, or the LA, proposes items; the LA accepts or
/// declines them and orders the agenda (buttons, no JavaScript). Each change is saved against the meeting's version.
public sealed class AgendaModel(PartnershipMeetings meetings, MeetingRecords records, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? ItemTitle { get; set; }

    [BindProperty]
    public string? Detail { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public int ItemId { get; set; }

    [BindProperty]
    public bool Yes { get; set; }

    public Meeting Meeting { get; private set; } = null!;

    public bool CanRun { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is { } refused ? refused : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
            return refused;
        if (string.IsNullOrWhiteSpace(ItemTitle))
            ModelState.AddModelError(nameof(ItemTitle), "Enter the item you propose");
        else if (ItemTitle.Trim().Length > MeetingAgendaItem.TitleMaxLength)
            ModelState.AddModelError(nameof(ItemTitle), $"The item must be {MeetingAgendaItem.TitleMaxLength} characters or fewer");
        if (Detail?.Trim().Length > MeetingAgendaItem.DetailMaxLength)
            ModelState.AddModelError(nameof(Detail), $"The detail must be {MeetingAgendaItem.DetailMaxLength:#,0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        return await DoneAsync(id, await records.ProposeAsync(id, Version, ItemTitle!, Detail, cancellationToken),
            CanRun ? "The item is proposed: accept it to put it on the agenda" : "Your item is proposed", cancellationToken);
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
            return refused;
        if (!CanRun)
            return Forbid();
        return await DoneAsync(id, await records.DecideAsync(id, Version, ItemId, Yes, cancellationToken), Yes ? "The item is on the agenda" : "The item is declined", cancellationToken);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
            return refused;
        if (!CanRun)
            return Forbid();
        return await DoneAsync(id, await records.MoveAsync(id, Version, ItemId, Yes, cancellationToken), "The agenda is reordered", cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(int id, string? refused, string message, CancellationToken cancellationToken)
    {
        if (refused is null)
        {
            TempData["Message"] = message;
            return Redirect($"/meetings/{id}/agenda");
        }

        await LoadAsync(id, cancellationToken);
        ModelState.Clear();
        Version = Meeting.Version;
        ModelState.AddModelError(string.Empty, refused);
        return Page();
    }

    // The LA's team, and a member setting's owner or manager; only while the meeting is still planned.
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(id, cancellationToken) is not { } meeting || meeting.Status != MeetingStatus.Planned)
            return NotFound();
        Meeting = meeting;
        // A post carries the version the page showed: the stale check compares it, so only a GET takes the current one.
        if (!HttpMethods.IsPost(Request.Method))
            Version = meeting.Version;
        CanRun = (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded;
        var canAct = (await authorization.AuthorizeAsync(User, PartnershipsAccess.ActForSetting)).Succeeded
            && await records.OwnMemberAsync(meeting.PartnershipId, cancellationToken) is not null;
        return CanRun || canAct ? null : Forbid();
    }
}
