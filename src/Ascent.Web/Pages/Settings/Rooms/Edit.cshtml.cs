using Ascent.Web.Data;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure;
using Ascent.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings.Rooms;

/// Renames a room, or archives it (and brings it back). Archiving keeps its rounds and audits; its children stay
/// listed under it until they are moved.
[Authorize(Policy = Policies.EditRooms)]
public sealed class EditModel(AppDbContext db, TimeProvider time) : SettingWorkPage(db, time)
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? AgeGroup { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public Room Room { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int roomId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, roomId, cancellationToken))
            return NotFound();
        (Name, AgeGroup, Version) = (Room.Name, Room.AgeGroup, Room.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int roomId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, roomId, cancellationToken))
            return NotFound();
        var others = await Db.Rooms.Where(r => r.SettingId == id && r.Id != roomId).Select(r => r.Name).ToListAsync(cancellationToken);
        RoomForm.Check(ModelState, Name, AgeGroup, others);
        if (!ModelState.IsValid)
            return Page();
        Room.Rename(Name!, AgeGroup ?? "");
        return await SaveAsync(id, $"{Room.Name} saved", cancellationToken);
    }

    public async Task<IActionResult> OnPostArchiveAsync(int id, int roomId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, roomId, cancellationToken))
            return NotFound();
        Room.Archive(!Room.Archived);
        return await SaveAsync(id, Room.Archived ? $"{Room.Name} archived" : $"{Room.Name} is back in use", cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(int id, string message, CancellationToken cancellationToken)
    {
        Db.Entry(Room).Property(r => r.Version).OriginalValue = Version;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(Name), "Someone else changed this room while you were editing it: check it and save again");
            Db.ChangeTracker.Clear();
            await LoadAsync(id, Room.Id, cancellationToken);
            Version = Room.Version;
            return Page();
        }

        TempData["Message"] = message;
        return Redirect($"/settings/{id}/rooms");
    }

    private async Task<bool> LoadAsync(int id, int roomId, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return false;
        var room = await Db.Rooms.FirstOrDefaultAsync(r => r.Id == roomId && r.SettingId == id, cancellationToken);
        if (room is null)
            return false;
        Room = room;
        return true;
    }
}
