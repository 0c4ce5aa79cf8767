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
    public List<LatestRound> Latest { get; private set; } = [];

    public ScreeningSummary Total { get; private set; } = ScreeningSummary.Empty;

    /// The signed-in person's own setting, for a setting's staff.
    public int? OwnSettingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        OwnSettingId = db.CurrentUser.SettingId;
        var rounds = await db.ScreeningRounds.AsNoTracking().Where(r => r.Screened > 0).ToListAsync(cancellationToken);
        var latest = rounds.GroupBy(r => r.RoomId)
            .Select(g => g.OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id).First()).ToList();
        var roomIds = latest.Select(r => r.RoomId).ToList();
        var settingIds = latest.Select(r => r.SettingId).Distinct().ToList();
        var rooms = await db.Rooms.AsNoTracking().Where(r => roomIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var settings = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        Latest = [.. latest.Where(r => settings.ContainsKey(r.SettingId))
            .Select(r => new LatestRound(r.SettingId, settings[r.SettingId], rooms.GetValueOrDefault(r.RoomId, ""), r))
            .OrderBy(r => r.SettingName, StringComparer.CurrentCulture).ThenBy(r => r.RoomName, StringComparer.CurrentCulture)];
        Total = ScreeningSummary.Combine(Latest.Select(r => r.Round.Summary));
        return Page();
    }

    /// Every room's latest round of one setting, taken together.
    public IEnumerable<(int SettingId, string SettingName, ScreeningSummary Summary, int Rooms)> BySetting() =>
        Latest.GroupBy(r => (r.SettingId, r.SettingName))
            .Select(g => (g.Key.SettingId, g.Key.SettingName, ScreeningSummary.Combine(g.Select(r => r.Round.Summary)), g.Count()));
}

public sealed record LatestRound(int SettingId, string SettingName, string RoomName, ScreeningRound Round);
