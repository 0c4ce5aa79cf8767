using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// An LA's public register of accredited settings, for anyone to open without signing in. Nobody is signed in, so the
/// query filters would find nothing: as for questionnaire links (Services/Instruments/QuestionnaireLinks), this is
/// the one place the register reads past them, by the tenant id in the address, and only accreditations that are
/// Accredited now, with the few fields PublicRegisterEntry holds (a lapsed or withdrawn one is not listed).
public sealed class PublicRegister(AppDbContext db, SchemeVersions schemes)
{
    public async Task<PublicRegisterPage?> FindAsync(int tenantId, CancellationToken cancellationToken)
    {
        var localAuthority = await db.Tenants.IgnoreQueryFilters().Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        if (localAuthority is null)
            return null;
        var rows = await db.Accreditations.IgnoreQueryFilters()
            .Where(a => a.TenantId == tenantId && a.Status == AccreditationStatus.Accredited)
            .Join(db.Settings.IgnoreQueryFilters().Where(s => s.TenantId == tenantId), a => a.SettingId, s => s.Id,
                (a, s) => new { s.Name, s.Reference, s.Town, a.Cohort.SchemeCode, a.Cohort.SchemeVersion, a.Level, a.AwardedOn, a.Id })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var nextDue = (await db.AccreditationReviews.IgnoreQueryFilters()
                .Where(r => r.TenantId == tenantId && ids.Contains(r.AccreditationId) && r.DoneOn == null)
                .Select(r => new { r.AccreditationId, r.DueOn }).ToListAsync(cancellationToken))
            .GroupBy(r => r.AccreditationId).ToDictionary(g => g.Key, g => g.Min(r => r.DueOn));
        // Each accreditation's level is named by the version its cohort runs on: the LA's own, or the shipped file.
        var scheme = await schemes.ForPublicRegisterAsync(tenantId, [.. rows.Select(r => (r.SchemeCode, r.SchemeVersion)).Distinct()], cancellationToken);
        var entries = rows
            .Select(r => new PublicRegisterEntry(r.Name, r.Reference, r.Town, scheme(r.SchemeCode, r.SchemeVersion)?.LevelName(r.Level!) ?? r.Level!, r.AwardedOn!.Value,
                nextDue.TryGetValue(r.Id, out var due) ? due : null))
            .OrderBy(e => e.SettingName, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Urn, StringComparer.Ordinal)
            .ToList();
        var schemeNames = rows.Select(r => scheme(r.SchemeCode, r.SchemeVersion)?.Name).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return new PublicRegisterPage(localAuthority, schemeNames, entries);
    }
}

public sealed record PublicRegisterPage(string LocalAuthority, IReadOnlyList<string> Schemes, IReadOnlyList<PublicRegisterEntry> Entries);
