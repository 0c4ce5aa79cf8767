using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// Finds the questionnaire round a public link belongs to. Whoever answers is not signed in, so the query filters
/// would find nothing: as for voice links (docs/development.md, "Tenancy"), the secret token is the authority, and
/// everything else is read by the tenant and setting ids on the row it finds. This is the one place the
/// questionnaire pages read past the filters.
public sealed class QuestionnaireLinks(AppDbContext db, InstrumentDefinitions definitions)
{
    public async Task<QuestionnaireLink?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
            return null;
        var hash = QuestionnaireRound.HashToken(token);
        var round = await db.QuestionnaireRounds.IgnoreQueryFilters().Include(r => r.Audit)
            .FirstOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        if (round is null || round.Audit.TenantId != round.TenantId || round.Audit.SettingId != round.SettingId)
            return null;
        var instrument = await definitions.VersionAsync(round.Audit.InstrumentCode, round.Audit.InstrumentVersion, cancellationToken);
        if (instrument is null)
            return null;
        var settingName = await db.Settings.IgnoreQueryFilters()
            .Where(s => s.Id == round.SettingId && s.TenantId == round.TenantId).Select(s => s.Name).FirstAsync(cancellationToken);
        var localAuthority = await db.Tenants.IgnoreQueryFilters().Where(t => t.Id == round.TenantId).Select(t => t.Name).FirstAsync(cancellationToken);
        return new QuestionnaireLink(round, instrument, settingName, localAuthority);
    }
}

/// A round found by its link, with what its answer page shows.
public sealed record QuestionnaireLink(QuestionnaireRound Round, InstrumentDefinition Instrument, string SettingName, string LocalAuthorityName);
