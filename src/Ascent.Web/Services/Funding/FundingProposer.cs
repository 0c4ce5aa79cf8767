using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Services.Cases;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Funding;

/// Turns events into funding proposals by the rules in funding/rules.yaml. It only adds proposals to the context:
/// the caller (the pathway engine, completing a case task) saves them in its own transaction.
public sealed class FundingProposer(AppDbContext db, TimeProvider time, FundingRules rules, FundingStatuses statuses)
{
    /// A register change: a new judgement or an enforcement notice.
    public Task<int> ProposeAsync(ChangeEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        IReadOnlyList<FundingChange> changes = change.Type switch
        {
            ChangeEventTypes.NewJudgement => rules.For(FundingTriggers.NewJudgement, judgement: change.ReadJudgement()?.ToJudgement()),
            ChangeEventTypes.Enforcement => rules.For(FundingTriggers.Enforcement, enforcementKind: change.ReadEnforcement()?.KindName),
            _ => [],
        };
        return AddAsync(change.TenantId, change.SettingId, changes, change.Id, null, cancellationToken);
    }

    /// A case's funding-withdrawal review was completed: the review confirmed insufficient improvement.
    public Task<int> ProposeAfterReviewAsync(CaseTask review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return AddAsync(review.TenantId, review.SettingId, rules.For(FundingTriggers.FundingWithdrawalReview), null, review.Id, cancellationToken);
    }

    private async Task<int> AddAsync(int tenantId, int settingId, IReadOnlyList<FundingChange> changes, long? eventId, int? taskId, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
            return 0;
        // The engine acts as the system; a person completing a task sees their own LA. Either way the ids say whose.
        // Compared with where the setting stands now, including what its first import's inspection set by the rules.
        var current = (await statuses.ForSettingAsync(settingId, cancellationToken)).ToDictionary(s => s.Entitlement, s => s.State);
        var pending = await db.FundingDecisions.Where(d => d.SettingId == settingId && d.State == FundingDecisionState.Proposed).ToListAsync(cancellationToken);
        pending.AddRange(db.ChangeTracker.Entries<FundingDecision>().Where(e => e.State == EntityState.Added && e.Entity.SettingId == settingId).Select(e => e.Entity));

        var added = 0;
        foreach (var (rule, entitlements) in changes)
        {
            // Only real changes, and never the same change twice while one waits for a decision.
            var changing = entitlements
                .Where(e => current.GetValueOrDefault(e, FundingState.Funded) != rule.Set)
                .Where(e => !pending.Any(p => p.ProposedState == rule.Set && p.EntitlementCodes.Contains(e)))
                .ToList();
            if (changing.Count == 0)
                continue;
            var decision = new FundingDecision(tenantId, settingId, changing, rule.Set, rule.Code, rule.Reason, eventId, taskId, time.GetUtcNow());
            db.FundingDecisions.Add(decision);
            pending.Add(decision);
            added++;
        }

        return added;
    }
}
