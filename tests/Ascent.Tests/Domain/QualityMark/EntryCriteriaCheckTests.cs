using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

public sealed class EntryCriteriaCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly Standing Meets = new("expected-standard-or-above", "Meets the expected standard or above", StandingBand.Meets);

    private static readonly Standing NeedsAttention = new("needs-attention", "Needs attention", StandingBand.Improve);

    private static readonly SchemeDefinition Scheme = new(
        "test", "Test", "1", "",
        [new SchemeLevel("accredited", "Accredited")],
        new SchemeCycle(12, 2, 36, 60),
        [
            new EntryCriterion("standing", "Good or better", EntryCheck.Standing, [StandingBand.Meets], null),
            new EntryCriterion("self-evaluation", "Recent self-evaluation", EntryCheck.SelfEvaluation, [], 12),
            new EntryCriterion("plan", "SMART plan", EntryCheck.ImprovementPlan, [], null),
            new EntryCriterion("no-support", "No open support", EntryCheck.NoOpenSupport, [], null),
            new EntryCriterion("reflective", "Reflective practice", EntryCheck.Coordinator, [], null),
        ],
        [], new EvaluatorTerms(3, 3.5m, 42000, 7m, ""), [], [], [], []);

    private static readonly ApplicantFacts Strong = new(Meets, new DateOnly(2025, 3, 12), new DateOnly(2026, 5, 3), CurrentPlan: true, PlanGoals: 4, SmartGoals: 4, OpenSupport: null);

    private static List<(CriterionOutcome, string)> Check(ApplicantFacts facts) =>
        [.. EntryCriteriaCheck.Of(Scheme, facts, Today).Select(r => (r.Outcome, r.Reason))];

    [Fact]
    public void AStrongSetting_MeetsEveryCheck_AndLeavesTheJudgementToTheCoordinator() =>
        Assert.Equal(
            [
                (CriterionOutcome.Met, "Meets the expected standard or above (latest inspection 12 March 2025)."),
                (CriterionOutcome.Met, "Self-evaluation finished on 3 May 2026."),
                (CriterionOutcome.Met, "All 4 open goals in the plan are SMART."),
                (CriterionOutcome.Met, "No open programme of support."),
                (CriterionOutcome.ForCoordinator, "For the coordinator to judge from the application."),
            ],
            Check(Strong));

    [Fact]
    public void AStandingOutsideTheBands_IsNotMet_WithTheStandingSaid() =>
        Assert.Equal((CriterionOutcome.NotMet, "Needs attention (latest inspection 12 March 2025)."), Check(Strong with { Standing = NeedsAttention })[0]);

    [Fact]
    public void NotYetInspected_OrAnOutcomeNotRecorded_IsNotMet()
    {
        Assert.Equal((CriterionOutcome.NotMet, "Not yet inspected."), Check(Strong with { Standing = Standing.NotYetInspected, LatestInspection = null })[0]);
        var bandMeetsNone = new EntryCriterion("any", "Any", EntryCheck.Standing, [StandingBand.None], null);
        var result = EntryCriteriaCheck.Of(Scheme with { EntryCriteria = [bandMeetsNone] }, Strong with { Standing = Standing.NotKnown }, Today).Single();
        Assert.Equal(CriterionOutcome.NotMet, result.Outcome);
    }

    [Theory]
    [InlineData(2025, 11, 23, true)] // exactly 12 months before today: still within
    [InlineData(2025, 11, 22, false)]
    public void ASelfEvaluation_CountsWithinTheMonthsTheSchemeSays(int year, int month, int day, bool met)
    {
        var (outcome, reason) = Check(Strong with { SelfEvaluationFinishedOn = new DateOnly(year, month, day) })[1];

        Assert.Equal(met ? CriterionOutcome.Met : CriterionOutcome.NotMet, outcome);
        if (!met)
            Assert.Equal("The latest self-evaluation was finished on 22 November 2025, more than 12 months ago.", reason);
    }

    [Fact]
    public void NoSelfEvaluation_IsNotMet() =>
        Assert.Equal((CriterionOutcome.NotMet, "No finished self-evaluation."), Check(Strong with { SelfEvaluationFinishedOn = null })[1]);

    [Fact]
    public void APlan_NeedsOpenGoals_AllOfThemSmart()
    {
        Assert.Equal((CriterionOutcome.NotMet, "No current improvement plan."), Check(Strong with { CurrentPlan = false, PlanGoals = 0, SmartGoals = 0 })[2]);
        Assert.Equal((CriterionOutcome.NotMet, "The improvement plan has no open goals."), Check(Strong with { PlanGoals = 0, SmartGoals = 0 })[2]);
        Assert.Equal((CriterionOutcome.NotMet, "1 of 4 open goals in the plan is not SMART yet (a success measure, a date and someone responsible)."), Check(Strong with { SmartGoals = 3 })[2]);
        Assert.Equal((CriterionOutcome.NotMet, "3 of 4 open goals in the plan are not SMART yet (a success measure, a date and someone responsible)."), Check(Strong with { SmartGoals = 1 })[2]);
        Assert.Equal((CriterionOutcome.Met, "The plan's one open goal is SMART."), Check(Strong with { PlanGoals = 1, SmartGoals = 1 })[2]);
    }

    [Fact]
    public void AnOpenProgrammeOfSupport_IsNotMet_AndNamed() =>
        Assert.Equal((CriterionOutcome.NotMet, "An open programme of support: Requires improvement to be good, opened 2 October 2026."),
            Check(Strong with { OpenSupport = "Requires improvement to be good, opened 2 October 2026" })[3]);
}
