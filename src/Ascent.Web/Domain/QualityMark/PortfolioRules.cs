using System.Globalization;

namespace Ascent.Web.Domain.QualityMark;

/// Decides each requirement's status from the evidence (docs/quality-mark.md, "The portfolio"). Only evidence in the
/// stage's period counts; an evaluator's sign-off marks a requirement signed off whatever the evidence, and an audit
/// the scheme says the evaluator reviews is done only once they have signed it off.
public static class PortfolioRules
{
    /// Every requirement of the stage, in the scheme's order, under its unit's heading.
    public static IReadOnlyList<(string Heading, IReadOnlyList<RequirementResult> Results)> For(
        SchemeDefinition scheme, PortfolioStage stage, PortfolioPeriod period, PortfolioEvidence evidence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var groups = stage.Requirements(scheme);
        var all = groups.SelectMany(g => g.Requirements).ToList();
        return [.. groups.Select(g => (g.Heading, (IReadOnlyList<RequirementResult>)[.. g.Requirements.Select(r => Of(r, all, period, evidence, today))]))];
    }

    /// One requirement. `stageRequirements` are the stage's others: an improvement plan "from the audits" needs a goal
    /// from an audit of each audit requirement among them.
    public static RequirementResult Of(Requirement requirement, IReadOnlyList<Requirement> stageRequirements, PortfolioPeriod period, PortfolioEvidence evidence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(evidence);
        var signOff = evidence.SignOffs.GetValueOrDefault(requirement.Code);
        var (status, summary, lines) = requirement.Kind switch
        {
            RequirementKind.Audit => Audits(requirement, period, evidence.Audits, "audit", EvidenceKind.Audit),
            RequirementKind.Questionnaire => Audits(requirement, period, evidence.Questionnaires, "questionnaire round", EvidenceKind.Questionnaire),
            RequirementKind.Screening => Screening(requirement, period, evidence.Screenings),
            RequirementKind.ImprovementPlan => Plan(requirement, stageRequirements, period, evidence),
            RequirementKind.SelfEvaluation => SelfEvaluation(requirement, period, evidence.SelfEvaluations, today),
            RequirementKind.CaseStudy => CaseStudies(requirement, period, evidence.CaseStudies),
            RequirementKind.EntryCriteria when evidence.EntryCriteria.Count > 0 => EntryCriteria(evidence.EntryCriteria),
            RequirementKind.Attendance => Attendance(requirement, period, evidence.Meetings),
            _ => (RequirementStatus.NotStarted, "For the evaluator to mark, with a note.", []),
        };
        if (requirement.Kind is RequirementKind.Audit && requirement.Reviewed && status == RequirementStatus.Done && signOff?.SignedOff != true)
        {
            status = RequirementStatus.InProgress;
            summary += " Waiting for the evaluator's review and sign-off.";
        }

        if (signOff?.SignedOff == true)
            status = RequirementStatus.SignedOff;
        var marks = requirement.Kind is RequirementKind.Document or RequirementKind.Attendance or RequirementKind.EntryCriteria;
        return new(requirement, status, summary, lines, signOff, marks);
    }

    /// The days an audit counts on: the period, or its first third ("start") or last third ("end").
    public static PortfolioPeriod Window(Requirement requirement, PortfolioPeriod period)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(period);
        return requirement.When switch
        {
            RequirementTiming.Start => period with { To = period.FirstThirdEnds },
            RequirementTiming.End => period with { From = period.LastThirdStarts },
            _ => period,
        };
    }

    private static (RequirementStatus, string, IReadOnlyList<EvidenceLine>) Audits(Requirement requirement, PortfolioPeriod period, IReadOnlyList<AuditFact> audits, string noun, EvidenceKind kind)
    {
        var window = Window(requirement, period);
        var relevant = audits.Where(a => requirement.Instruments.Contains(a.InstrumentCode) && period.Contains(a.On)).OrderBy(a => a.On).ThenBy(a => a.Id).ToList();
        var lines = relevant.Select(a => new EvidenceLine(kind, a.Id, Describe(a, window, noun), a.Finished && window.Contains(a.On))).ToList();
        var counted = lines.Count(l => l.Counts);
        var when = requirement.When switch
        {
            RequirementTiming.Start => $" between {Day(window.From)} and {Day(window.To)}",
            RequirementTiming.End => $" between {Day(window.From)} and {Day(window.To)}",
            _ => "",
        };
        var summary = $"{counted} of {requirement.Count} finished {Plural(noun, requirement.Count)}{when}.";
        return (Status(counted, requirement.Count, relevant.Any(a => window.Contains(a.On))), summary, lines);
    }

    private static string Describe(AuditFact audit, PortfolioPeriod window, string noun)
    {
        var what = $"{audit.Name}, {Day(audit.On)}";
        if (!audit.Finished)
            return $"{what}: not finished yet";
        return window.Contains(audit.On) ? what : $"{what}: outside the time this {noun} counts";
    }

    private static (RequirementStatus, string, IReadOnlyList<EvidenceLine>) Screening(Requirement requirement, PortfolioPeriod period, IReadOnlyList<ScreeningFact> rounds)
    {
        var lines = rounds.Where(r => period.Contains(r.HeldOn)).OrderBy(r => r.HeldOn).ThenBy(r => r.Id)
            .Select(r => new EvidenceLine(EvidenceKind.Screening, r.Id,
                $"{r.Room}, {r.Name} ({Day(r.HeldOn)}): " + (r.ActionPoints == 0 ? "no action points yet" : r.ActionPoints == 1 ? "1 action point" : $"{r.ActionPoints} action points"),
                r.ActionPoints > 0)).ToList();
        var counted = lines.Count(l => l.Counts);
        var summary = $"{counted} of {requirement.Count} screening {Plural("round", requirement.Count)} with action points.";
        if (lines.Count > counted)
            summary += $" {lines.Count - counted} {(lines.Count - counted == 1 ? "round has" : "rounds have")} no action points yet.";
        return (Status(counted, requirement.Count, lines.Count > 0), summary, lines);
    }

    private static (RequirementStatus, string, IReadOnlyList<EvidenceLine>) Plan(Requirement requirement, IReadOnlyList<Requirement> stage, PortfolioPeriod period, PortfolioEvidence evidence)
    {
        var goals = evidence.OpenGoals;
        if (goals.Count == 0)
            return (RequirementStatus.NotStarted, "No open goals in the improvement plan.", []);
        var lines = goals.Select(g => new EvidenceLine(EvidenceKind.Goal, g.Id, g.Smart ? g.Outcome : $"{g.Outcome}: not SMART yet", g.Smart)).ToList();
        var problems = new List<string>();
        var notSmart = goals.Count(g => !g.Smart);
        if (notSmart > 0)
            problems.Add($"{notSmart} of {goals.Count} open goals {(notSmart == 1 ? "is" : "are")} not SMART yet.");
        if (requirement.FromAudits)
        {
            var audits = evidence.Audits.Where(a => period.Contains(a.On)).ToDictionary(a => a.Id);
            foreach (var audit in stage.Where(r => r.Kind == RequirementKind.Audit))
            {
                if (!goals.Any(g => g.AuditId is { } id && audits.TryGetValue(id, out var a) && audit.Instruments.Contains(a.InstrumentCode)))
                    problems.Add($"No goal yet from the audit for \"{audit.Name}\".");
            }
        }

        var summary = (goals.Count == 1 ? "1 open goal" : $"{goals.Count} open goals") + " in the improvement plan"
            + (notSmart == 0 ? ", all SMART." : ".");
        return problems.Count == 0
            ? (RequirementStatus.Done, summary, lines)
            : (RequirementStatus.InProgress, summary + " " + string.Join(" ", problems), lines);
    }

    private static (RequirementStatus, string, IReadOnlyList<EvidenceLine>) SelfEvaluation(Requirement requirement, PortfolioPeriod period, IReadOnlyList<SelfEvaluationFact> evaluations, DateOnly today)
    {
        var months = requirement.WithinMonths ?? 12;
        var at = today < period.To ? today : period.To;
        var since = at.AddMonths(-months);
        var lines = evaluations.OrderByDescending(e => e.StartedOn).ThenByDescending(e => e.Id).Select(e => e.FinishedOn is { } on
            ? new EvidenceLine(EvidenceKind.SelfEvaluation, e.Id, $"Finished on {Day(on)}" + (on >= since && on <= at ? "" : $": not within {months} months of {Day(at)}"), on >= since && on <= at)
            : new EvidenceLine(EvidenceKind.SelfEvaluation, e.Id, $"Started on {Day(e.StartedOn)}, not finished yet", false)).ToList();
        if (lines.Any(l => l.Counts))
            return (RequirementStatus.Done, $"A self-evaluation finished within {months} months of {Day(at)}.", lines);
        return lines.Count == 0
            ? (RequirementStatus.NotStarted, "No self-evaluation yet.", lines)
            : (RequirementStatus.InProgress, $"No self-evaluation finished within {months} months of {Day(at)} yet.", lines);
    }

    private static (RequirementStatus, string, IReadOnlyList<EvidenceLine>) CaseStudies(Requirement requirement, PortfolioPeriod period, IReadOnlyList<CaseStudyFact> studies)
    {
        var lines = studies.OrderBy(c => c.Id).Select(c => c.SubmittedOn is { } on
            ? new EvidenceLine(EvidenceKind.CaseStudy, c.Id, $"{c.Title}: submitted to the evaluator on {Day(on)}" + (period.Contains(on) ? "" : ", outside this period"), period.Contains(on))
            : new EvidenceLine(EvidenceKind.CaseStudy, c.Id, $"{c.Title}: a draft", false)).ToList();
        var counted = lines.Count(l => l.Counts);
        return (Status(counted, requirement.Count, lines.Count > 0), $"{counted} of {requirement.Count} case {Plural("study", requirement.Count)} submitted to the evaluator.", lines);
    }

    /// Checked as an application is: done when Ascent finds every criterion met; one not met, or one only a person can
    /// judge, leaves it in progress for the evaluator (whose sign-off still decides).
    private static (RequirementStatus, string, IReadOnlyList<EvidenceLine>) EntryCriteria(IReadOnlyList<CriterionResult> results)
    {
        var lines = results.Select((r, i) => new EvidenceLine(EvidenceKind.EntryCriterion, i, $"{r.Criterion.Name}: {Outcome(r.Outcome)}. {r.Reason}", r.Outcome == CriterionOutcome.Met)).ToList();
        var met = results.Count(r => r.Outcome == CriterionOutcome.Met);
        var summary = $"{met} of {results.Count} entry criteria met as Ascent checks them today.";
        var notMet = results.Where(r => r.Outcome == CriterionOutcome.NotMet).Select(r => r.Criterion.Name).ToList();
        if (notMet.Count > 0)
            summary += $" Not met: {string.Join("; ", notMet)}.";
        var judged = results.Count(r => r.Outcome == CriterionOutcome.ForCoordinator);
        if (judged > 0)
            summary += judged == 1 ? " 1 is for the evaluator to judge." : $" {judged} are for the evaluator to judge.";
        return (met == results.Count ? RequirementStatus.Done : RequirementStatus.InProgress, summary, lines);
    }

    private static string Outcome(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => "met",
        CriterionOutcome.NotMet => "not met",
        _ => "to judge",
    };

    // Ascent knows of workshops held as network meetings; one attended elsewhere is still the evaluator's to mark.
    private static (RequirementStatus, string, IReadOnlyList<EvidenceLine>) Attendance(Requirement requirement, PortfolioPeriod period, IReadOnlyList<MeetingFact> meetings)
    {
        var lines = meetings.Where(m => period.Contains(m.On)).OrderBy(m => m.On).ThenBy(m => m.Id)
            .Select(m => new EvidenceLine(EvidenceKind.Meeting, m.Id, $"{m.Title}: attended on {Day(m.On)}" + (m.Workshop ? "" : " (a network meeting, not a workshop)"), m.Workshop)).ToList();
        var counted = lines.Count(l => l.Counts);
        if (counted >= requirement.Count)
            return (RequirementStatus.Done, $"{counted} of {requirement.Count} {Plural("workshop", requirement.Count)} attended.", lines);
        return (Status(counted, requirement.Count, counted > 0), counted > 0 || lines.Count > 0
            ? $"{counted} of {requirement.Count} {Plural("workshop", requirement.Count)} attended. The evaluator may mark one attended elsewhere."
            : "For the evaluator to mark, with a note.", lines);
    }

    private static RequirementStatus Status(int counted, int needed, bool any) =>
        counted >= needed ? RequirementStatus.Done : any ? RequirementStatus.InProgress : RequirementStatus.NotStarted;

    private static string Plural(string noun, int count) =>
        count == 1 ? noun : noun.EndsWith("study", StringComparison.Ordinal) ? noun[..^1] + "ies" : noun + "s";

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
