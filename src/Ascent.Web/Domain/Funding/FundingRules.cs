using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Domain.Funding;

/// The funding rules (funding/rules.yaml, validated at start-up): which events change which entitlements, and why.
public sealed class FundingRules(IReadOnlyList<FundingRule> rules)
{
    public IReadOnlyList<FundingRule> All { get; } = rules;

    /// A rule's name as people read it. A decision outlives its rule when the file changes, so a code no longer in
    /// the file is described rather than shown.
    public string Name(string? code) =>
        All.FirstOrDefault(r => r.Code == code)?.Name ?? (code is null ? "No rule" : "A funding rule no longer in use");

    public static FundingRules LoadFromFile(string path, FrameworkRegistry frameworks) =>
        new(FundingRulesLoader.Parse(File.ReadAllText(path), path, frameworks));

    /// What an event asks of each entitlement: rules are read in order and, for each entitlement, the first rule that
    /// matches decides. A proposal groups the entitlements one rule moves to one state.
    public IReadOnlyList<FundingChange> For(string trigger, Judgement? judgement = null, string? enforcementKind = null)
    {
        var decided = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<FundingChange>();
        foreach (var rule in All.Where(r => r.Matches(trigger, judgement, enforcementKind)))
        {
            var entitlements = rule.Entitlements.Where(decided.Add).ToList();
            if (entitlements.Count > 0)
                changes.Add(new FundingChange(rule, entitlements));
        }

        return changes;
    }
}

public sealed record FundingChange(FundingRule Rule, IReadOnlyList<string> Entitlements);

public sealed record FundingRule(
    string Code,
    string Name,
    string On,
    IReadOnlyList<JudgementCondition> Judgements,
    IReadOnlyList<string> EnforcementKinds,
    FundingState Set,
    IReadOnlyList<string> Entitlements,
    string Reason)
{
    public bool Matches(string trigger, Judgement? judgement, string? enforcementKind) => On == trigger && On switch
    {
        FundingTriggers.NewJudgement => judgement is not null && Judgements.Any(j => j.Matches(judgement)),
        FundingTriggers.Enforcement => enforcementKind is not null && EnforcementKinds.Contains(enforcementKind),
        _ => true,
    };
}

public static class FundingTriggers
{
    public const string NewJudgement = "new-judgement";
    public const string Enforcement = "enforcement";

    /// A case's funding-withdrawal review (the escalation after insufficient progress at a monitoring visit) was completed.
    public const string FundingWithdrawalReview = "funding-withdrawal-review";

    public static IReadOnlyList<string> All { get; } = [NewJudgement, Enforcement, FundingWithdrawalReview];
}
