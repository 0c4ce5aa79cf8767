using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation;

/// Across the LA: how many settings rated themselves above, level with or below their latest inspection, area by
/// area, and which settings differ where. Read-only, for LA staff.
[Authorize(Policy = Policies.LocalAuthorityStaff)]
public sealed class CalibrationModel(AppDbContext db, FrameworkRegistry frameworks) : PageModel
{
    public sealed record SettingRow(int SettingId, string Name, string Reference, SettingCalibration Calibration);

    public sealed record AreaCounts(string AreaCode, string AreaName, int OverRated, int Matched, int UnderRated);

    public sealed record FrameworkSummary(Framework Framework, IReadOnlyList<AreaCounts> Areas, IReadOnlyList<SettingRow> Settings);

    public List<FrameworkSummary> Frameworks { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The page is about one LA's settings. A system administrator belongs to none, and the query filters would
        // show them every LA's at once, so the tenant is named explicitly and they simply see no settings.
        var tenantId = db.CurrentUser.TenantId;
        if (tenantId is null || db.CurrentUser.SettingId is not null)
            return;

        var evaluations = await db.SelfEvaluations.AsNoTracking().Include(e => e.Areas)
            .Where(e => e.TenantId == tenantId && e.FinishedOn != null).ToListAsync(cancellationToken);
        var settingIds = evaluations.Select(e => e.SettingId).Distinct().ToList();
        var inspections = await db.Inspections.AsNoTracking().Include(i => i.Grades)
            .Where(i => i.TenantId == tenantId && settingIds.Contains(i.SettingId)).ToListAsync(cancellationToken);
        var settings = await db.Settings.AsNoTracking().Where(s => s.TenantId == tenantId && settingIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.Reference }).ToDictionaryAsync(s => s.Id, cancellationToken);

        var rows = new List<(Framework Framework, SettingRow Row)>();
        foreach (var group in evaluations.GroupBy(e => e.SettingId))
        {
            if (!settings.TryGetValue(group.Key, out var setting))
                continue;
            var inspection = Calibration.InspectionToCompare(inspections.Where(i => i.SettingId == group.Key));
            if (inspection is null || !frameworks.TryGet(inspection.FrameworkCode, out var framework))
                continue;
            if (Calibration.Compare(framework, inspection, group) is { Areas.Count: > 0 } calibration)
                rows.Add((framework, new SettingRow(setting.Id, setting.Name, setting.Reference, calibration)));
        }

        foreach (var byFramework in rows.GroupBy(r => r.Framework.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var framework = byFramework.First().Framework;
            var all = byFramework.Select(r => r.Row).OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();
            var areas = framework.AllAreas.Where(a => a.ScaleCode is not null)
                .Select(a => new AreaCounts(a.Code, a.Name,
                    all.Count(r => Has(r, a.Code, CalibrationResult.OverRated)),
                    all.Count(r => Has(r, a.Code, CalibrationResult.Matched)),
                    all.Count(r => Has(r, a.Code, CalibrationResult.UnderRated))))
                .Where(c => c.OverRated + c.Matched + c.UnderRated > 0)
                .ToList();
            Frameworks.Add(new FrameworkSummary(framework, areas, all));
        }
    }

    private static bool Has(SettingRow row, string areaCode, CalibrationResult result) =>
        row.Calibration.Areas.Any(a => a.AreaCode == areaCode && a.Result == result);
}
