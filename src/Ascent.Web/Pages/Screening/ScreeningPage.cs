using Ascent.Web.Data;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Screening;

/// What the pages of one screening round share: the round, its room and its setting, each found through the query
/// filters (another LA's or another setting's round is not found).
public abstract class ScreeningPage(AppDbContext db, TimeProvider time) : SettingWorkPage(db, time)
{
    public ScreeningRound Round { get; private set; } = null!;

    public Room Room { get; private set; } = null!;

    protected async Task<bool> LoadRoundAsync(int id, CancellationToken cancellationToken)
    {
        var round = await Db.ScreeningRounds.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (round is null || !await LoadSettingAsync(round.SettingId, cancellationToken))
            return false;
        Round = round;
        Room = await Db.Rooms.SingleAsync(r => r.Id == round.RoomId, cancellationToken);
        return true;
    }
}
