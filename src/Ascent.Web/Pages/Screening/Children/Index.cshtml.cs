using Ascent.Web.Data;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Pages.Shared;
using Ascent.Web.Services.Screening;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Screening.Children;

/// The setting's children for screening, by code and (if the setting wishes) name: the setting's own staff only.
/// Many are added at once from a pasted list, one a line.
/// Not behind a role policy: anyone but the setting's own staff gets "not found", as if no child existed.
public sealed class IndexModel(AppDbContext db, TimeProvider time, ScreeningService screening) : SettingWorkPage(db, time)
{
    [BindProperty]
    public int? Room { get; set; }

    [BindProperty]
    public string? Children { get; set; }

    public List<Room> Rooms { get; private set; } = [];

    public List<ScreenedChild> Attending { get; private set; } = [];

    public List<ScreenedChild> Left { get; private set; } = [];

    public IEnumerable<SelectListItem> RoomItems => Rooms.Where(r => !r.Archived).Select(r => new SelectListItem(r.Name, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string RoomName(int roomId) => Rooms.FirstOrDefault(r => r.Id == roomId)?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(int id, int? room, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Room = room;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var room = Rooms.FirstOrDefault(r => r.Id == Room && !r.Archived);
        if (room is null)
            ModelState.AddModelError(nameof(Room), "Select the room the children are in");
        var codes = await Db.ScreenedChildren.Where(c => c.SettingId == id).Select(c => c.Code).ToListAsync(cancellationToken);
        var list = ChildList.Read(Children, codes.ToHashSet(StringComparer.Ordinal));
        foreach (var problem in list.Problems)
            ModelState.AddModelError(nameof(Children), problem);
        if (!ModelState.IsValid)
            return Page();
        try
        {
            await screening.AddChildrenAsync(room!, list.Children, cancellationToken);
        }
        catch (DbUpdateException)
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(Children), "Someone else added one of these codes meanwhile: check the list and try again");
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = list.Children.Count == 1 ? $"{list.Children[0].Code} added to {room!.Name}" : $"{list.Children.Count} children added to {room!.Name}";
        return Redirect($"/settings/{id}/screening/children");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        // Children are the setting's alone: a page of them exists only for the setting's own staff.
        if (!await LoadSettingAsync(id, cancellationToken) || !CanEdit)
            return false;
        Rooms = await Db.Rooms.AsNoTracking().Where(r => r.SettingId == id).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var children = await Db.ScreenedChildren.AsNoTracking().Where(c => c.SettingId == id).OrderBy(c => c.Code).ToListAsync(cancellationToken);
        Attending = [.. children.Where(c => !c.HasLeft).OrderBy(c => RoomName(c.RoomId), StringComparer.CurrentCulture).ThenBy(c => c.Code, StringComparer.Ordinal)];
        Left = [.. children.Where(c => c.HasLeft)];
        return true;
    }
}
