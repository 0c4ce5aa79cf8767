using Ascent.Web.Data;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure;
using Ascent.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings.Rooms;

/// A setting's rooms or groups (the baby room, pre-school): where its children are screened and what an
/// environment rating observes. Everyone who sees the setting sees them; its owner and manager and the LA's
/// register staff add, rename and archive them.
public sealed class IndexModel(AppDbContext db, TimeProvider time, IAuthorizationService authorization) : SettingWorkPage(db, time)
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? AgeGroup { get; set; }

    public List<Room> Rooms { get; private set; } = [];

    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanChange)
            return Forbid();
        RoomForm.Check(ModelState, Name, AgeGroup, Rooms.Select(r => r.Name));
        if (!ModelState.IsValid)
            return Page();
        var room = new Room(Setting, Name!, AgeGroup ?? "");
        Db.Rooms.Add(room);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"{room.Name} added";
        return Redirect($"/settings/{id}/rooms");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return false;
        CanChange = (await authorization.AuthorizeAsync(User, Policies.EditRooms)).Succeeded;
        Rooms = await Db.Rooms.AsNoTracking().Where(r => r.SettingId == id)
            .OrderBy(r => r.Archived).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        return true;
    }
}
