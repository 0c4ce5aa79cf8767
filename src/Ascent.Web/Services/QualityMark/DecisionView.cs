using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// What the decision page shows of one accreditation: the setting, the scheme, the recommendation, the panel and the
/// appeal, with people by their names. Read through the query filters: a setting sees only its own.
public sealed class DecisionView(AppDbContext db, SchemeVersions schemes)
{
    public async Task<AccreditationDecisionView?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var accreditation = await db.Accreditations.AsNoTracking().Include(a => a.Cohort).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (accreditation is null || await schemes.OfCohortAsync(accreditation.Cohort, cancellationToken) is not { } scheme)
            return null;
        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == accreditation.SettingId).Select(s => new { s.Name, s.Reference }).SingleAsync(cancellationToken);
        var panel = await db.PanelDecisions.AsNoTracking().FirstOrDefaultAsync(p => p.AccreditationId == id, cancellationToken);
        var appeal = await db.AccreditationAppeals.AsNoTracking().FirstOrDefaultAsync(p => p.AccreditationId == id, cancellationToken);
        var reviews = await db.AccreditationReviews.AsNoTracking().Where(r => r.AccreditationId == id).OrderBy(r => r.DueOn).ToListAsync(cancellationToken);
        // Names of the LA's people on this accreditation: a setting's own staff cannot list them (the filters keep a
        // setting to its own people), so only these names are read, by the accreditation's tenant.
        var ids = new[] { accreditation.EvaluatorId, panel?.CoordinatorId, panel?.SecondReaderId, appeal?.HeardById }.OfType<Guid>().ToList();
        var names = await db.Users.IgnoreQueryFilters().Where(u => ids.Contains(u.Id) && u.TenantId == accreditation.TenantId)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return new AccreditationDecisionView(accreditation, scheme, setting.Name, setting.Reference, panel, appeal, reviews, names);
    }
}

public sealed record AccreditationDecisionView(
    Accreditation Accreditation,
    SchemeDefinition Scheme,
    string SettingName,
    string Urn,
    PanelDecision? Panel,
    AccreditationAppeal? Appeal,
    IReadOnlyList<AccreditationReview> Reviews,
    IReadOnlyDictionary<Guid, string> Names)
{
    public string Name(Guid? id) => id is { } known && Names.TryGetValue(known, out var name) ? name : "";

    /// A level's name, or "Not yet" for none.
    public string Outcome(string? level) => level is null ? "Not yet" : Scheme.LevelName(level);
}
