using Ascent.Web.Domain.Cases;

namespace Ascent.Web.Domain.Funding;

/// Where a setting's funding stands before any decision about it has been confirmed: the funding rules applied to the
/// inspection Ascent first knew it by (the one its first import brought). A setting judged requires improvement
/// before it reached Ascent has no two-year-old funding from the start, by the same rule that would withdraw it
/// after a new judgement. Later inspections arrive as change events and become proposals the manager decides.
public static class FundingBaseline
{
    public static IReadOnlyList<FundingOrigin> For(FundingRules rules, Judgement? baseline)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var changes = baseline is null ? [] : rules.For(FundingTriggers.NewJudgement, judgement: baseline);
        return [.. FundingEntitlements.All.Select(entitlement =>
            changes.FirstOrDefault(c => c.Entitlements.Contains(entitlement)) is { } change
                ? FundingOrigin.FromRule(entitlement, change.Rule, baseline!)
                : FundingOrigin.NoRule(entitlement, baseline))];
    }
}

/// One entitlement's state and where it came from: a confirmed decision (and who confirmed it), a funding rule applied
/// to an inspection, or no rule at all (funded, as every setting is unless something says otherwise).
public sealed record FundingOrigin(string Entitlement, FundingState State, FundingOriginKind Kind, string? RuleCode, string? Reason, Judgement? Inspection,
    int? DecisionId = null, string? DecidedBy = null, DateTimeOffset? DecidedAt = null)
{
    public static FundingOrigin FromRule(string entitlement, FundingRule rule, Judgement inspection) =>
        new(entitlement, rule.Set, FundingOriginKind.Rule, rule.Code, rule.Reason, inspection);

    public static FundingOrigin NoRule(string entitlement, Judgement? inspection) =>
        new(entitlement, FundingState.Funded, FundingOriginKind.NoRule, null, null, inspection);

    public static FundingOrigin FromDecision(FundingStatus status, FundingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(decision);
        return new(status.Entitlement, status.State, FundingOriginKind.Decision, decision.RuleCode, decision.Reason, null, decision.Id, decision.DecidedBy, decision.DecidedAt);
    }
}

public enum FundingOriginKind
{
    Decision = 1,
    Rule = 2,
    NoRule = 3,
}
