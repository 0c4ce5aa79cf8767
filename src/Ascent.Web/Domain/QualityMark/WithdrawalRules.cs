using Ascent.Web.Domain.Cases;

namespace Ascent.Web.Domain.QualityMark;

/// Which of a scheme's withdrawal rules an event from the register meets: a new inspection judgement matching one of
/// a rule's conditions, or an enforcement notice of one of its kinds. The rule's name is the reason given.
public static class WithdrawalRules
{
    public static WithdrawalRule? Matching(IEnumerable<WithdrawalRule> rules, Judgement judgement)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(judgement);
        return rules.FirstOrDefault(r => r.Event == TriggerEvents.NewJudgement && r.Judgements.Any(j => j.Matches(judgement)));
    }

    public static WithdrawalRule? Matching(IEnumerable<WithdrawalRule> rules, string enforcementKind)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.FirstOrDefault(r => r.Event == TriggerEvents.Enforcement && r.EnforcementKinds.Contains(enforcementKind, StringComparer.Ordinal));
    }
}
