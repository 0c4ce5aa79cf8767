using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Pages.Shared;
using Ascent.Web.Services.Home;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages;

/// Everyone's home page. The query filters decide what "all settings" means for the person signed in.
public sealed class IndexModel(AppDbContext db, FrameworkRegistry frameworks) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string TenantName { get; private set; } = "";

    public int? OwnSettingId { get; private set; }

    public string? OwnSettingName { get; private set; }

    public int SettingCount { get; private set; }

    /// Active settings by standing: how the settings are doing, whichever framework last inspected them.
    public IReadOnlyList<(Standing Standing, int Count)> ByStanding { get; private set; } = [];

    public IReadOnlyList<RecentInspection> RecentInspections { get; private set; } = [];

    /// A setting's owner, manager or practitioner gets the setting's work queue instead (Pages/Home/Setting).
    public SettingHome? SettingHome { get; private set; }

    public async Task OnGetAsync([FromServices] SettingHomeQueries settingHome)
    {
        if (db.CurrentUser.SettingId is not null && (SettingHome = await settingHome.ForCurrentUserAsync(HttpContext.RequestAborted)) is not null)
            return;
        DisplayName = db.CurrentUser.DisplayName;
        TenantName = db.CurrentUser.IsSystem ? "All local authorities" : await db.Tenants.Select(t => t.Name).FirstOrDefaultAsync() ?? "";
        OwnSettingId = db.CurrentUser.SettingId;
        if (OwnSettingId is not null)
            OwnSettingName = await db.Settings.Where(s => s.Id == OwnSettingId).Select(s => s.Name).FirstOrDefaultAsync();

        var active = db.Settings.Where(s => s.Status == SettingStatus.Active);
        SettingCount = await active.CountAsync();
        var counts = await active.GroupBy(s => s.StandingCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        // Every standing that has a setting, in the standings' order; "Not yet inspected" always, even at 0.
        ByStanding = [.. frameworks.Standings
            .Select(standing => (standing, Count: counts.GetValueOrDefault(standing.Code)))
            .Where(c => c.Count > 0 || c.standing == Standing.NotYetInspected)];
        var unknown = counts.Where(c => frameworks.Standings.All(s => s.Code != c.Key)).Sum(c => c.Value);
        if (unknown > 0)
            ByStanding = [.. ByStanding.Where(c => c.Standing != Standing.NotKnown), (Standing.NotKnown, unknown + counts.GetValueOrDefault(Standing.NotKnown.Code))];

        var recent = await db.Inspections.AsNoTracking()
            .Where(i => i.FrameworkCode != "ofsted-compliance")
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
            .Take(10)
            .Select(i => new
            {
                i.SettingId,
                SettingName = i.Setting!.Name,
                i.Date,
                i.FrameworkCode,
                i.OverallGrade,
                Grades = i.Grades.Select(g => new { g.AreaCode, g.GradeCode }).ToList(),
            })
            .ToListAsync();
        RecentInspections = [.. recent.Select(i =>
        {
            var grades = i.Grades.Select(g => KeyValuePair.Create(g.AreaCode, g.GradeCode)).ToList();
            return new RecentInspection(i.SettingId, i.SettingName, i.Date, i.FrameworkCode, i.OverallGrade,
                frameworks.StandingOf(i.FrameworkCode, i.OverallGrade, grades), InspectionOutcome.AreaGrades(frameworks, i.FrameworkCode, grades));
        })];
    }

    public sealed record RecentInspection(int SettingId, string SettingName, DateOnly Date, string FrameworkCode, string? OverallGrade,
        Standing Standing, IReadOnlyList<InspectionOutcome.AreaGrade> AreaGrades);
}
