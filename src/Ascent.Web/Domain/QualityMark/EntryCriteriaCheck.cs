using System.Globalization;
using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Domain.QualityMark;

/// What Ascent knows about a setting when it applies, gathered by the application service from the register, the
/// self-evaluation, the plan and the cases; the check itself reads nothing else, so every branch is tested by hand.
/// `PlanGoals` and `SmartGoals` count the open goals of the current plan; `CurrentPlan` is false when there is none.
public sealed record ApplicantFacts(
    Standing Standing,
    DateOnly? LatestInspection,
    DateOnly? SelfEvaluationFinishedOn,
    bool CurrentPlan,
    int PlanGoals,
    int SmartGoals,
    string? OpenSupport);

public enum CriterionOutcome
{
    Met,
    NotMet,
    ForCoordinator,
}

/// A criterion's outcome for one setting, with the reason in words the coordinator and the setting both read.
public sealed record CriterionResult(EntryCriterion Criterion, CriterionOutcome Outcome, string Reason);

/// Checks a scheme's entry criteria against what Ascent knows of a setting: met or not met with the reason, or for the
/// coordinator to judge. A criterion Ascent cannot decide is never "met" by default.
public static class EntryCriteriaCheck
{
    public static IReadOnlyList<CriterionResult> Of(SchemeDefinition scheme, ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(facts);
        return [.. scheme.EntryCriteria.Select(c => Check(c, facts, today))];
    }

    private static CriterionResult Check(EntryCriterion criterion, ApplicantFacts facts, DateOnly today) => criterion.Check switch
    {
        EntryCheck.Standing => Standing(criterion, facts),
        EntryCheck.SelfEvaluation => SelfEvaluation(criterion, facts, today),
        EntryCheck.ImprovementPlan => Plan(criterion, facts),
        EntryCheck.NoOpenSupport => facts.OpenSupport is null
            ? new(criterion, CriterionOutcome.Met, "No open programme of support.")
            : new(criterion, CriterionOutcome.NotMet, $"An open programme of support: {facts.OpenSupport}."),
        _ => new(criterion, CriterionOutcome.ForCoordinator, "For the coordinator to judge from the application."),
    };

    private static CriterionResult Standing(EntryCriterion criterion, ApplicantFacts facts)
    {
        var from = facts.LatestInspection is { } on ? $" (latest inspection {Day(on)})" : "";
        return criterion.Bands.Contains(facts.Standing.Band) && facts.Standing.Code != Frameworks.Standing.NotKnown.Code
            ? new(criterion, CriterionOutcome.Met, $"{facts.Standing.Label}{from}.")
            : new(criterion, CriterionOutcome.NotMet, $"{facts.Standing.Label}{from}.");
    }

    private static CriterionResult SelfEvaluation(EntryCriterion criterion, ApplicantFacts facts, DateOnly today)
    {
        var months = criterion.WithinMonths ?? 12;
        var since = today.AddMonths(-months);
        return facts.SelfEvaluationFinishedOn switch
        {
            null => new(criterion, CriterionOutcome.NotMet, "No finished self-evaluation."),
            { } on when on >= since => new(criterion, CriterionOutcome.Met, $"Self-evaluation finished on {Day(on)}."),
            { } on => new(criterion, CriterionOutcome.NotMet, $"The latest self-evaluation was finished on {Day(on)}, more than {Months(months)} ago."),
        };
    }

    private static CriterionResult Plan(EntryCriterion criterion, ApplicantFacts facts)
    {
        if (!facts.CurrentPlan)
            return new(criterion, CriterionOutcome.NotMet, "No current improvement plan.");
        if (facts.PlanGoals == 0)
            return new(criterion, CriterionOutcome.NotMet, "The improvement plan has no open goals.");
        var notSmart = facts.PlanGoals - facts.SmartGoals;
        return notSmart == 0
            ? new(criterion, CriterionOutcome.Met, facts.PlanGoals == 1 ? "The plan's one open goal is SMART." : $"All {facts.PlanGoals} open goals in the plan are SMART.")
            : new(criterion, CriterionOutcome.NotMet, $"{notSmart} of {facts.PlanGoals} open goals in the plan {(notSmart == 1 ? "is" : "are")} not SMART yet (a success measure, a date and someone responsible).");
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Months(int months) => months == 1 ? "a month" : $"{months} months";
}
