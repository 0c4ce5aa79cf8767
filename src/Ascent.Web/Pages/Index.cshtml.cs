using Ascent.Web.Data;
using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages;

/// Everyone's home page. The query filters decide what "all settings" means for the person signed in.
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string TenantName { get; private set; } = "";

    public int? OwnSettingId { get; private set; }

    public string? OwnSettingName { get; private set; }

    public int SettingCount { get; private set; }

    public IReadOnlyList<(string Label, int Count)> ByJudgement { get; private set; } = [];

    public IReadOnlyList<RecentInspection> RecentInspections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        DisplayName = db.CurrentUser.DisplayName;
        TenantName = db.CurrentUser.IsSystem ? "All local authorities" : await db.Tenants.Select(t => t.Name).FirstOrDefaultAsync() ?? "";
        OwnSettingId = db.CurrentUser.SettingId;
        if (OwnSettingId is not null)
            OwnSettingName = await db.Settings.Where(s => s.Id == OwnSettingId).Select(s => s.Name).FirstOrDefaultAsync();

        var active = db.Settings.Where(s => s.Status == SettingStatus.Active);
        SettingCount = await active.CountAsync();
        var latestGrades = await active
            .GroupBy(s => s.LatestOverallGrade)
            .Select(g => new { Grade = g.Key, Count = g.Count() })
            .ToListAsync();
        int CountOf(params string?[] grades) => latestGrades.Where(g => grades.Contains(g.Grade)).Sum(g => g.Count);
        ByJudgement =
        [
            ("good or outstanding", CountOf("1", "2")),
            ("requires improvement or inadequate", CountOf("3", "4")),
            ("not yet inspected", CountOf([null])),
        ];

        RecentInspections = await db.Inspections.AsNoTracking()
            .Where(i => i.FrameworkCode != "ofsted-compliance")
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
            .Take(10)
            .Select(i => new RecentInspection(i.SettingId, i.Setting!.Name, i.Date, i.FrameworkCode, i.OverallGrade))
            .ToListAsync();
    }

    public sealed record RecentInspection(int SettingId, string SettingName, DateOnly Date, string FrameworkCode, string? OverallGrade);
}
