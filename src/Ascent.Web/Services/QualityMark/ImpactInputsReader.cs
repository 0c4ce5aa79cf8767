using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// The impact report of one LA at a date, with the LA's name for its title.
public sealed record ImpactReportOf(string LocalAuthority, ImpactTables Tables);

/// Gathers the impact report's inputs (docs/quality-mark.md, "The impact report: how it counts") for one LA from the
/// database in four queries, whatever the number of settings: its settings on the register on the date with their
/// sector group, their inspections up to the date with their area grades, and the accreditations that were awarded
/// (accredited, lapsed or withdrawn: from the award to the end). The page, its downloads and the command line share it.
public sealed class ImpactInputsReader(AppDbContext db, FrameworkRegistry frameworks)
{
    private static readonly AccreditationStatus[] Awarded =
        [AccreditationStatus.Accredited, AccreditationStatus.Lapsed, AccreditationStatus.Withdrawn];

    public async Task<ImpactReportOf> ReportAsync(int tenantId, DateOnly at, CancellationToken cancellationToken)
    {
        var name = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var settings = await ReadAsync(tenantId, at, cancellationToken);
        return new ImpactReportOf(name, ImpactReport.For(settings, at, frameworks));
    }

    /// Every setting of the LA that was on the register on the date (registered by then, not yet left), each with its
    /// inspections on or before the date and its accreditation periods. The tenancy filters apply as well: a reader
    /// acting for one LA never sees another's rows.
    public async Task<List<ImpactSetting>> ReadAsync(int tenantId, DateOnly at, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking()
            .Where(s => s.TenantId == tenantId
                && (s.RegisteredOn == null || s.RegisteredOn <= at)
                && (s.LeftRegisterOn == null || s.LeftRegisterOn > at))
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Sector, s.ProviderType })
            .ToListAsync(cancellationToken);

        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.TenantId == tenantId && i.Date <= at)
            .Select(i => new { i.Id, i.SettingId, i.FrameworkCode, i.Date, i.OverallGrade })
            .ToListAsync(cancellationToken);

        var grades = (await db.InspectionGrades.AsNoTracking()
                .Where(g => g.TenantId == tenantId && g.Inspection!.Date <= at)
                .Select(g => new { g.InspectionId, g.AreaCode, g.GradeCode })
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.InspectionId);

        var periods = (await db.Accreditations.AsNoTracking()
                .Where(a => a.TenantId == tenantId && a.AwardedOn != null && Awarded.Contains(a.Status))
                .Select(a => new { a.SettingId, AwardedOn = a.AwardedOn!.Value, a.EndedOn })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.SettingId, a => new AccreditationPeriod(a.AwardedOn, a.EndedOn));

        var bySetting = inspections.ToLookup(i => i.SettingId, i => new ImpactInspection(i.FrameworkCode, i.Date, i.OverallGrade,
            grades[i.Id].GroupBy(g => g.AreaCode).ToDictionary(g => g.Key, g => g.First().GradeCode, StringComparer.Ordinal)));

        return
        [
            .. settings.Select(s => new ImpactSetting(s.Id, SectorGroups.From(s.Sector, s.ProviderType),
                [.. bySetting[s.Id]], [.. periods[s.Id]])),
        ];
    }
}
