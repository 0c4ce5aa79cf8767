using Ascent.Web.Data;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Screening.Setting;

/// A setting's Leuven screening, room by room: each round's aggregate (the same for the setting and its local
/// authority), and for the setting's own staff the way to its children, a new round and the grid.
public sealed class IndexModel(AppDbContext db, TimeProvider time) : SettingWorkPage(db, time)
{
    public List<RoomRounds> Rooms { get; private set; } = [];

    public int Children { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        var rooms = await Db.Rooms.AsNoTracking().Where(r => r.SettingId == id).OrderBy(r => r.Archived).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var rounds = await Db.ScreeningRounds.AsNoTracking().Where(r => r.SettingId == id)
            .OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        // Children are the setting's alone: for LA staff this counts nothing (their filter returns no rows).
        var inRoom = await Db.ScreenedChildren.Where(c => c.SettingId == id && c.LeftOn == null)
            .GroupBy(c => c.RoomId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Children = inRoom.Values.Sum();
        Rooms = [.. rooms.Where(r => !r.Archived || rounds.Any(x => x.RoomId == r.Id))
            .Select(r => new RoomRounds(r, inRoom.GetValueOrDefault(r.Id), [.. rounds.Where(x => x.RoomId == r.Id)]))];
        return Page();
    }
}

public sealed record RoomRounds(Room Room, int Children, IReadOnlyList<ScreeningRound> Rounds);
