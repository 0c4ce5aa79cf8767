using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// One cohort as the scheme's home lists it: its dates, whether it takes applications today, and how many settings
/// applied, are under way and are accredited.
public sealed record CohortSummary(
    int Id, string Name, string SchemeName, bool IsPilot, DateOnly StartsOn, DateOnly OpensOn, DateOnly ClosesOn, bool TakesApplications,
    int Applications, int UnderWay, int Accredited);

/// A setting's own accreditation, as its pages show it.
public sealed record OwnAccreditation(int Id, int CohortId, string CohortName, AccreditationStatus Status, DateOnly AppliedOn, string? Level);

/// A cohort a setting may apply to today.
public sealed record OpenCohort(int Id, string Name, DateOnly ClosesOn);

/// What a setting's page says of the quality mark: its current accreditation and the cohorts it may apply to.
public sealed record SettingQualityMark(OwnAccreditation? Current, IReadOnlyList<OpenCohort> OpenToApply);

/// Reads an LA's cohorts for the scheme's home and a setting's page; the query filters scope them to the LA (and a
/// setting's staff to their own accreditations).
public sealed class CohortQueries(AppDbContext db, SchemeVersions schemes, TimeProvider time)
{
    private static readonly AccreditationStatus[] UnderWay =
        [AccreditationStatus.InProgress, AccreditationStatus.Recommended, AccreditationStatus.NotYet, AccreditationStatus.Appealed];

    public async Task<IReadOnlyList<CohortSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var today = time.Today();
        var cohorts = await db.Cohorts.AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var counts = await db.Accreditations.AsNoTracking().GroupBy(a => new { a.CohortId, a.Status })
            .Select(g => new { g.Key.CohortId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var names = new Dictionary<int, string>();
        foreach (var cohort in cohorts)
            names[cohort.Id] = await SchemeNameAsync(cohort, cancellationToken);
        return [.. cohorts.Select(c =>
        {
            var mine = counts.Where(n => n.CohortId == c.Id).ToList();
            return new CohortSummary(c.Id, c.Name, names[c.Id], c.IsPilot, c.StartsOn, c.ApplicationsOpenOn, c.ApplicationsCloseOn,
                c.TakesApplicationsOn(today), mine.Sum(n => n.Count), mine.Where(n => UnderWay.Contains(n.Status)).Sum(n => n.Count),
                mine.Where(n => n.Status == AccreditationStatus.Accredited).Sum(n => n.Count));
        })];
    }

    /// Every accreditation of one setting, latest application first.
    public async Task<IReadOnlyList<OwnAccreditation>> OfSettingAsync(int settingId, CancellationToken cancellationToken) =>
        await db.Accreditations.AsNoTracking().Where(a => a.SettingId == settingId)
            .OrderByDescending(a => a.AppliedOn).ThenByDescending(a => a.Id)
            .Select(a => new OwnAccreditation(a.Id, a.CohortId, a.Cohort.Name, a.Status, a.AppliedOn, a.Level))
            .ToListAsync(cancellationToken);

    /// The setting's current accreditation (its latest, unless that was declined), and the cohorts taking applications
    /// today that it has not applied to.
    public async Task<SettingQualityMark> ForSettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var own = await OfSettingAsync(settingId, cancellationToken);
        var applied = own.Select(a => a.CohortId).ToList();
        var open = await db.Cohorts.AsNoTracking()
            .Where(c => c.ApplicationsOpenOn <= today && c.ApplicationsCloseOn >= today && !applied.Contains(c.Id))
            .OrderBy(c => c.ApplicationsCloseOn).Select(c => new OpenCohort(c.Id, c.Name, c.ApplicationsCloseOn)).ToListAsync(cancellationToken);
        return new SettingQualityMark(own.FirstOrDefault(a => a.Status != AccreditationStatus.Declined) ?? (own.Count > 0 ? own[0] : null), open);
    }

    /// The name of the scheme version the cohort runs on.
    public async Task<string> SchemeNameAsync(Cohort cohort, CancellationToken cancellationToken) =>
        (await schemes.OfCohortAsync(cohort, cancellationToken))?.Name ?? "Quality mark";
}
