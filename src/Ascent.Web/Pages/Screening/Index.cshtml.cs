using Ascent.Web.Data;
using Ascent.Web.Domain.Screening;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Screening;

/// Leuven screening across the local authority's settings: each room's latest round, per setting and in total,
/// from the rounds' aggregates alone (a child's row never reaches this page). A setting's own staff see their own
/// setting's rooms here (the query filters give them nothing else), with the way to record.
public sealed class IndexModel(AppDbContext db) : PageModel
{
    /// Each setting with a screened room, by name, with its rooms' latest rounds and their total.
    public List<SettingRounds> Settings { get; private set; } = [];

    public int Rooms => Settings.Sum(s => s.Rooms.Count);

    public ScreeningSummary Total { get; private set; } = ScreeningSummary.Empty;

    /// The signed-in person's own setting, for a setting's staff.
    public int? OwnSettingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        OwnSettingId = db.CurrentUser.SettingId;
        // Only each room's latest screened round leaves the database (as ScreeningService.PreviousAsync orders them:
        // by date, then by when it was started), not every round the LA's settings ever held.
        var latest = await db.ScreeningRounds.AsNoTracking()
            .Where(r => r.Screened > 0 && !db.ScreeningRounds.Any(later => later.RoomId == r.RoomId && later.Screened > 0
                && (later.HeldOn > r.HeldOn || (later.HeldOn == r.HeldOn && later.Id > r.Id))))
            .ToListAsync(cancellationToken);
        var roomIds = latest.Select(r => r.RoomId).ToList();
        var settingIds = latest.Select(r => r.SettingId).Distinct().ToList();
        var rooms = await db.Rooms.AsNoTracking().Where(r => roomIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var settings = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        Settings = [.. latest.Where(r => settings.ContainsKey(r.SettingId))
            .GroupBy(r => r.SettingId)
            .Select(g => new SettingRounds(g.Key, settings[g.Key],
                [.. g.Select(r => new LatestRound(rooms.GetValueOrDefault(r.RoomId, ""), r)).OrderBy(r => r.RoomName, StringComparer.CurrentCulture)]))
            .OrderBy(s => s.SettingName, StringComparer.CurrentCulture)];
        Total = ScreeningSummary.Combine(Settings.Select(s => s.Summary));
        return Page();
    }
}

/// One setting's rooms' latest rounds, and those rounds taken together.
public sealed record SettingRounds(int SettingId, string SettingName, IReadOnlyList<LatestRound> Rooms)
{
    public ScreeningSummary Summary { get; } = ScreeningSummary.Combine(Rooms.Select(r => r.Round.Summary));
}

public sealed record LatestRound(string RoomName, ScreeningRound Round);
