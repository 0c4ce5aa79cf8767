using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// Applies the schemes' withdrawal rules to the register's change events: a new judgement matching a rule's
/// condition, or an enforcement notice of a rule's kind, ends the setting's current accreditation as Withdrawn with
/// the rule's name as the reason. Called by the pathway engine inside the event's own transaction, which marks the
/// event processed, so each event is applied once; an accreditation already ended is left as it is.
public sealed class AccreditationWithdrawals(AppDbContext db, SchemeVersions schemes, QualityMarkNotices notices)
{
    /// Runs as the system (the pathway engine): reads the event's own tenant and setting past the filters.
    public async Task<int> ApplyAsync(ChangeEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var judgement = change.ReadJudgement()?.ToJudgement();
        var kind = change.ReadEnforcement()?.KindName;
        if (judgement is null && kind is null)
            return 0;
        var current = await db.Accreditations.IgnoreQueryFilters().Include(a => a.Cohort)
            .Where(a => a.TenantId == change.TenantId && a.SettingId == change.SettingId && a.Status == AccreditationStatus.Accredited)
            .ToListAsync(cancellationToken);
        var withdrawn = 0;
        foreach (var accreditation in current)
        {
            if (await schemes.OfCohortAsync(accreditation.Cohort, cancellationToken) is not { } scheme)
                continue;
            var rule = judgement is not null ? WithdrawalRules.Matching(scheme.Withdrawal, judgement) : WithdrawalRules.Matching(scheme.Withdrawal, kind!);
            if (rule is null)
                continue;
            var on = judgement?.Date ?? DateOnly.FromDateTime(change.OccurredAt.UtcDateTime);
            accreditation.End(AccreditationStatus.Withdrawn, on, rule.Name);
            var setting = await db.Settings.IgnoreQueryFilters().Where(s => s.Id == accreditation.SettingId).Select(s => s.Name).SingleAsync(cancellationToken);
            var text = $"The {scheme.Name} of {setting} has been withdrawn: {rule.Name}.";
            await notices.ToSettingAsync(accreditation, text, QualityMarkNotices.Link(accreditation.Id), cancellationToken);
            await notices.ToEvaluatorAsync(accreditation, text, QualityMarkNotices.Link(accreditation.Id), cancellationToken);
            await notices.ToCoordinatorsAsync(accreditation, text, QualityMarkNotices.Link(accreditation.Id), cancellationToken);
            withdrawn++;
        }

        return withdrawn;
    }
}
