using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

/// The portfolio's rules on the shipped scheme (quality-marks/quality-mark.yaml), from plain evidence: which stage's
/// period counts, and each kind of requirement's status.
public sealed class PortfolioRulesTests
{
    internal static readonly SchemeDefinition Scheme = Load();

    private static readonly PortfolioPeriod Year = new(new DateOnly(2026, 9, 1), new DateOnly(2027, 9, 1));

    private static readonly DateOnly Today = new(2027, 6, 1);

    [Fact]
    public void EachStage_HasItsOwnPeriod_AndALaterStageNeedsAnAward()
    {
        var award = new DateOnly(2027, 7, 15);
        Assert.Equal(Year, Period(null, null));
        Assert.Equal(new PortfolioPeriod(award, new DateOnly(2028, 7, 15)), Period("annual-review-1", award));
        Assert.Equal(new PortfolioPeriod(new DateOnly(2028, 7, 15), new DateOnly(2029, 7, 15)), Period("annual-review-2", award));
        Assert.Equal(new PortfolioPeriod(new DateOnly(2029, 7, 15), new DateOnly(2030, 7, 15)), Period("reaccreditation", award));
        Assert.Null(Period("annual-review-1", null));
        Assert.Null(PortfolioStage.Parse("annual-review-3", Scheme.Cycle));
        Assert.Equal(["accreditation", "annual-review-1", "annual-review-2", "reaccreditation"], PortfolioStage.Of(Scheme.Cycle).Select(s => s.Slug));
        Assert.Equal(["Unit A: using action research to improve outcomes for children", "Unit B: leadership of learning"], PortfolioStage.Accreditation.Requirements(Scheme).Select(g => g.Heading));
        Assert.Equal(7, PortfolioStage.Parse("reaccreditation", Scheme.Cycle)!.Requirements(Scheme).Single().Requirements.Count);
    }

    [Fact]
    public void AStartAudit_CountsInTheFirstThird_AndAnEndAuditInTheLast_OfTheNamedInstrumentsOnly()
    {
        // The year is 365 days: the first third ends on 31 December 2026, the last starts on 3 May 2027.
        Assert.Equal((new DateOnly(2026, 12, 31), new DateOnly(2027, 5, 3)), (Year.FirstThirdEnds, Year.LastThirdStarts));
        var evidence = With(audits:
        [
            new AuditFact(1, "ecers-3", "ECERS-3", new DateOnly(2026, 10, 5), Finished: true),
            new AuditFact(2, "leadership", "Leadership audit", new DateOnly(2026, 10, 6), Finished: true),
            new AuditFact(3, "iters-3", "ITERS-3", new DateOnly(2027, 2, 1), Finished: true),
            new AuditFact(4, "ecers-3", "ECERS-3", new DateOnly(2026, 8, 31), Finished: true),
        ]);
        var initial = Result("initial-environment-audit", evidence);
        Assert.Equal(RequirementStatus.Done, initial.Status);
        Assert.Equal("1 of 1 finished audit between 1 September 2026 and 31 December 2026.", initial.Summary);
        Assert.Equal([(1, true), (3, false)], initial.Evidence.Select(e => (e.Id, e.Counts)));
        Assert.Equal("ITERS-3, 1 February 2027: outside the time this audit counts", initial.Evidence[1].Text);

        // Audits earlier in the year are listed under the end audit too, but do not start it.
        var end = Result("end-environment-audit", evidence);
        Assert.Equal((RequirementStatus.NotStarted, 2), (end.Status, end.Evidence.Count));
        Assert.Equal(RequirementStatus.NotStarted, Result("end-environment-audit", With(audits: [new AuditFact(1, "leadership", "Leadership audit", new DateOnly(2027, 7, 1), true)])).Status);
        Assert.Equal(RequirementStatus.Done, Result("end-environment-audit", With(audits: [new AuditFact(5, "iters-3", "ITERS-3", new DateOnly(2027, 7, 1), true)])).Status);

        var unfinished = Result("end-environment-audit", With(audits: [new AuditFact(6, "ecers-3", "ECERS-3", new DateOnly(2027, 7, 1), Finished: false)]));
        Assert.Equal(RequirementStatus.InProgress, unfinished.Status);
        Assert.Equal("ECERS-3, 1 July 2027: not finished yet", unfinished.Evidence.Single().Text);
    }

    [Fact]
    public void AReviewedAudit_IsDoneOnlyOnceTheEvaluatorSignsItOff()
    {
        AuditFact[] audits = [new(2, "leadership", "Leadership audit", new DateOnly(2027, 3, 1), true)];
        var waiting = Result("leadership-audit", With(audits: audits));
        Assert.Equal(RequirementStatus.InProgress, waiting.Status);
        Assert.EndsWith("Waiting for the evaluator's review and sign-off.", waiting.Summary, StringComparison.Ordinal);
        var signed = Result("leadership-audit", With(audits: audits, signOffs: new() { ["leadership-audit"] = new(true, "Reviewed at the second visit.", "Ruth Evans", new DateOnly(2027, 3, 8), 1) }));
        Assert.Equal(RequirementStatus.SignedOff, signed.Status);
        Assert.Equal(RequirementStatus.InProgress, Result("leadership-audit", With(audits: audits, signOffs: new() { ["leadership-audit"] = new(false, "Not yet reviewed.", "Ruth Evans", new DateOnly(2027, 3, 8), 2) })).Status);
    }

    [Fact]
    public void Screening_CountsRoundsInThePeriodWithActionPoints()
    {
        ScreeningFact Round(int id, DateOnly on, int points) => new(id, $"Round {id}", "Rainbow room", on, points);
        Assert.Equal(RequirementStatus.NotStarted, Result("screening", With()).Status);
        var two = Result("screening", With(screenings: [Round(1, new(2026, 10, 1), 2), Round(2, new(2027, 2, 1), 0), Round(3, new(2026, 6, 1), 4)]));
        Assert.Equal(RequirementStatus.InProgress, two.Status);
        Assert.Equal("1 of 3 screening rounds with action points. 1 round has no action points yet.", two.Summary);
        Assert.Equal(["Rainbow room, Round 1 (1 October 2026): 2 action points", "Rainbow room, Round 2 (1 February 2027): no action points yet"], two.Evidence.Select(e => e.Text));
        var three = Result("screening", With(screenings: [Round(1, new(2026, 10, 1), 2), Round(2, new(2027, 2, 1), 1), Round(4, new(2027, 6, 1), 3)]));
        Assert.Equal((RequirementStatus.Done, "3 of 3 screening rounds with action points."), (three.Status, three.Summary));
    }

    [Fact]
    public void CaseStudies_CountWhenSubmitted_NotAsDrafts()
    {
        Assert.Equal(RequirementStatus.NotStarted, Result("case-studies", With()).Status);
        var one = Result("case-studies", With(studies: [new(1, "Outdoor talk", new DateOnly(2027, 1, 10)), new(2, "Quiet corner", null)]));
        Assert.Equal((RequirementStatus.InProgress, "1 of 2 case studies submitted to the evaluator."), (one.Status, one.Summary));
        Assert.Equal("Quiet corner: a draft", one.Evidence[1].Text);
        Assert.Equal(RequirementStatus.Done, Result("case-studies", With(studies: [new(1, "Outdoor talk", new DateOnly(2027, 1, 10)), new(2, "Quiet corner", new DateOnly(2027, 5, 1))])).Status);
    }

    [Fact]
    public void Questionnaires_CountClosedRoundsOfTheNamedInstrument()
    {
        Assert.Equal(RequirementStatus.InProgress, Result("staff-questionnaire", With(questionnaires: [new(1, "staff-questionnaire", "Staff questionnaire", new DateOnly(2027, 3, 1), false)])).Status);
        Assert.Equal(RequirementStatus.NotStarted, Result("staff-questionnaire", With(questionnaires: [new(1, "parent-questionnaire", "Parents", new DateOnly(2027, 3, 1), true)])).Status);
        Assert.Equal(RequirementStatus.Done, Result("staff-questionnaire", With(questionnaires: [new(1, "staff-questionnaire", "Staff questionnaire", new DateOnly(2027, 3, 1), true)])).Status);
    }

    [Fact]
    public void ThePlanFromTheAudits_NeedsSmartGoalsFromAnAuditOfEachAuditRequirement()
    {
        var stage = PortfolioStage.Parse("reaccreditation", Scheme.Cycle)!;
        var period = new PortfolioPeriod(new DateOnly(2029, 7, 15), new DateOnly(2030, 7, 15));
        var requirements = stage.Requirements(Scheme).Single().Requirements;
        var plan = requirements.Single(r => r.Code == "improvement-plan");
        AuditFact[] audits = [new(1, "ecers-3", "ECERS-3", new DateOnly(2029, 9, 1), true), new(2, "leadership", "Leadership audit", new DateOnly(2029, 10, 1), true)];
        RequirementResult Of(params GoalFact[] goals) => PortfolioRules.Of(plan, requirements, period, With(audits: audits, goals: goals), new DateOnly(2030, 1, 1));

        Assert.Equal(RequirementStatus.NotStarted, Of().Status);
        var one = Of(new GoalFact(10, "Richer outdoor talk", true, 1));
        Assert.Equal(RequirementStatus.InProgress, one.Status);
        Assert.Equal("1 open goal in the improvement plan, all SMART. No goal yet from the audit for \"The leadership audit\".", one.Summary);
        var both = Of(new GoalFact(10, "Richer outdoor talk", true, 1), new GoalFact(11, "Shared vision", true, 2));
        Assert.Equal(RequirementStatus.Done, both.Status);
        var notSmart = Of(new GoalFact(10, "Richer outdoor talk", true, 1), new GoalFact(11, "Shared vision", false, 2));
        Assert.Equal("2 open goals in the improvement plan. 1 of 2 open goals is not SMART yet.", notSmart.Summary);
        Assert.Equal("Shared vision: not SMART yet", notSmart.Evidence[1].Text);
    }

    [Fact]
    public void SelfEvaluation_NeedsOneFinishedWithinTheMonths()
    {
        var review = PortfolioStage.Parse("annual-review-1", Scheme.Cycle)!;
        var requirements = review.Requirements(Scheme).Single().Requirements;
        var period = new PortfolioPeriod(new DateOnly(2027, 7, 15), new DateOnly(2028, 7, 15));
        RequirementResult Of(params SelfEvaluationFact[] evaluations) =>
            PortfolioRules.Of(requirements.Single(r => r.Kind == RequirementKind.SelfEvaluation), requirements, period, With(evaluations: evaluations), new DateOnly(2028, 3, 1));
        Assert.Equal(RequirementStatus.NotStarted, Of().Status);
        Assert.Equal(RequirementStatus.InProgress, Of(new SelfEvaluationFact(1, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 1))).Status);
        Assert.Equal(RequirementStatus.InProgress, Of(new SelfEvaluationFact(2, new DateOnly(2028, 1, 1), null)).Status);
        var done = Of(new SelfEvaluationFact(3, new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 1)));
        Assert.Equal((RequirementStatus.Done, "A self-evaluation finished within 12 months of 1 March 2028."), (done.Status, done.Summary));
    }

    [Fact]
    public void ADocumentOrAttendance_IsTheEvaluatorsToMark()
    {
        var stage = PortfolioStage.Parse("reaccreditation", Scheme.Cycle)!;
        var requirements = stage.Requirements(Scheme).Single().Requirements;
        var period = new PortfolioPeriod(new DateOnly(2029, 7, 15), new DateOnly(2030, 7, 15));
        var workshop = PortfolioRules.Of(requirements.Single(r => r.Code == "workshop"), requirements, period, With(), Today);
        Assert.Equal((RequirementStatus.NotStarted, true), (workshop.Status, workshop.EvaluatorMarks));
        var marked = PortfolioRules.Of(requirements.Single(r => r.Code == "workshop"), requirements, period,
            With(signOffs: new() { ["workshop"] = new(true, "Attended on 3 March.", "Ruth Evans", new DateOnly(2030, 3, 3), 1) }), Today);
        Assert.Equal(RequirementStatus.SignedOff, marked.Status);
    }

    [Fact]
    public void StillMeetingTheEntryCriteria_IsCheckedAsAnApplicationIs_AndTheEvaluatorStillDecides()
    {
        var stage = PortfolioStage.Parse("reaccreditation", Scheme.Cycle)!;
        var requirements = stage.Requirements(Scheme).Single().Requirements;
        var requirement = requirements.Single(r => r.Code == "entry-criteria");
        var period = new PortfolioPeriod(new DateOnly(2029, 7, 15), new DateOnly(2030, 7, 15));
        var checks = Scheme.EntryCriteria.Select(c => new CriterionResult(c, CriterionOutcome.Met, "Checked.")).ToList();

        var allMet = PortfolioRules.Of(requirement, requirements, period, With() with { EntryCriteria = checks }, Today);
        Assert.Equal((RequirementStatus.Done, $"{checks.Count} of {checks.Count} entry criteria met as Ascent checks them today."), (allMet.Status, allMet.Summary));
        Assert.All(allMet.Evidence, e => Assert.True(e.Counts));

        checks[0] = checks[0] with { Outcome = CriterionOutcome.NotMet, Reason = "Requires improvement (latest inspection 2 March 2030)." };
        var notMet = PortfolioRules.Of(requirement, requirements, period, With() with { EntryCriteria = checks }, Today);
        Assert.Equal(RequirementStatus.InProgress, notMet.Status);
        Assert.Contains($"Not met: {checks[0].Criterion.Name}.", notMet.Summary, StringComparison.Ordinal);
        Assert.Equal($"{checks[0].Criterion.Name}: not met. Requires improvement (latest inspection 2 March 2030).", notMet.Evidence[0].Text);
        Assert.True(notMet.EvaluatorMarks);
    }

    internal static SchemeDefinition Load()
    {
        var root = Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!;
        var library = SchemeLibrary.LoadFromDirectory(Path.Combine(root, "quality-marks"),
            FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory), InstrumentCatalogue.LoadFromDirectory(Path.Combine(root, "instruments")));
        return library.Shipped[0].Definition;
    }

    private static PortfolioPeriod? Period(string? stage, DateOnly? award) =>
        PortfolioStage.Parse(stage, Scheme.Cycle)!.Period(Scheme.Cycle, new DateOnly(2026, 9, 1), award);

    private static RequirementResult Result(string code, PortfolioEvidence evidence)
    {
        var requirements = Scheme.AccreditationRequirements.Select(r => r.Requirement).ToList();
        return PortfolioRules.Of(requirements.Single(r => r.Code == code), requirements, Year, evidence, Today);
    }

    private static PortfolioEvidence With(
        AuditFact[]? audits = null, ScreeningFact[]? screenings = null, AuditFact[]? questionnaires = null, GoalFact[]? goals = null,
        SelfEvaluationFact[]? evaluations = null, CaseStudyFact[]? studies = null, Dictionary<string, SignOffFact>? signOffs = null) =>
        new(audits ?? [], screenings ?? [], questionnaires ?? [], goals ?? [], evaluations ?? [], studies ?? [], signOffs ?? []);
}
