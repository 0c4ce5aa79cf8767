using Ascent.Web.Data;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Screening.Round;

/// Starts a round for a room: the name and date proposed from the LA's school terms (or the season), then the grid.
[Authorize(Policy = Policies.RecordScreening)]
public sealed class NewModel(AppDbContext db, TimeProvider time) : SettingWorkPage(db, time)
{
    [BindProperty(SupportsGet = true)]
    public int? Room { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public DateInput HeldOn { get; set; } = new();

    public List<Room> Rooms { get; private set; } = [];

    public IEnumerable<SelectListItem> RoomItems => Rooms.Select(r => new SelectListItem(r.Name, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var taken = Room is null ? [] : await Db.ScreeningRounds.Where(r => r.RoomId == Room).Select(r => r.Name).ToListAsync(cancellationToken);
        var terms = await Db.SchoolTerms.AsNoTracking().ToListAsync(cancellationToken);
        var (name, heldOn) = RoundProposal.For(Today, terms, taken);
        (Name, HeldOn) = (name, DateInput.From(heldOn));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var room = Rooms.FirstOrDefault(r => r.Id == Room);
        if (room is null)
            ModelState.AddModelError(nameof(Room), "Select the room to screen");
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
            ModelState.AddModelError(nameof(Name), "Enter a name for the round, like Autumn 2026");
        else if (name.Length > ScreeningRound.NameMaxLength)
            ModelState.AddModelError(nameof(Name), $"The round's name must be {ScreeningRound.NameMaxLength} characters or fewer");
        else if (room is not null && await Db.ScreeningRounds.AnyAsync(r => r.RoomId == room.Id && r.Name == name, cancellationToken))
            ModelState.AddModelError(nameof(Name), $"{room.Name} already has a round called {name}");
        if (!HeldOn.TryGetDate(out var heldOn))
            ModelState.AddModelError(nameof(HeldOn), "Enter the date of the round as a real date, like 27 11 2026");
        else if (heldOn > Today.AddYears(1) || heldOn < Today.AddYears(-10))
            ModelState.AddModelError(nameof(HeldOn), "The date of the round must be within the last ten years and the next one");
        if (!ModelState.IsValid)
            return Page();
        var round = new ScreeningRound(room!, name, heldOn, Db.CurrentUser.DisplayName);
        Db.ScreeningRounds.Add(round);
        await Db.SaveChangesAsync(cancellationToken);
        return Redirect($"/screening/rounds/{round.Id}/grid");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken) || !CanEdit)
            return false;
        Rooms = await Db.Rooms.AsNoTracking().Where(r => r.SettingId == id && !r.Archived).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return true;
    }
}
