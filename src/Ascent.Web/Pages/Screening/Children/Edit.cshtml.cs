using Ascent.Web.Data;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Screening.Children;

/// One child: move them to another room, mark them as left (their past scores stay), or bring them back.
/// Not behind a role policy: anyone but the setting's own staff gets "not found", as if no child existed.
public sealed class EditModel(AppDbContext db, TimeProvider time) : SettingWorkPage(db, time)
{
    [BindProperty]
    public int? Room { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public ScreenedChild Child { get; private set; } = null!;

    public List<Room> Rooms { get; private set; } = [];

    public IEnumerable<SelectListItem> RoomItems => Rooms.Where(r => !r.Archived || r.Id == Child.RoomId)
        .Select(r => new SelectListItem(r.Name, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        (Room, Version) = (Child.RoomId, Child.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var room = Rooms.FirstOrDefault(r => r.Id == Room && (!r.Archived || r.Id == Child.RoomId));
        if (room is null)
        {
            ModelState.AddModelError(nameof(Room), "Select the room the child is in");
            return Page();
        }

        Child.MoveTo(room);
        return await SaveAsync($"{Child.Code} is in {room.Name}", cancellationToken);
    }

    public async Task<IActionResult> OnPostLeftAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Child.HasLeft)
            Child.Return();
        else
            Child.Leave(Today);
        return await SaveAsync(Child.HasLeft ? $"{Child.Code} has left" : $"{Child.Code} is back", cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(string message, CancellationToken cancellationToken)
    {
        Db.Entry(Child).Property(c => c.Version).OriginalValue = Version;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            TempData["Message"] = $"Someone else changed {Child.Code} meanwhile: check the child and try again";
            return Redirect($"/screening/children/{Child.Id}");
        }

        TempData["Message"] = message;
        return Redirect($"/settings/{Setting.Id}/screening/children");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var child = await Db.ScreenedChildren.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (child is null || !await LoadSettingAsync(child.SettingId, cancellationToken) || !CanEdit)
            return false;
        Child = child;
        Rooms = await Db.Rooms.AsNoTracking().Where(r => r.SettingId == child.SettingId).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return true;
    }
}
