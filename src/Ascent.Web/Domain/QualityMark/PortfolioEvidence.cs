namespace Ascent.Web.Domain.QualityMark;

/// What the portfolio's rules read about one setting, gathered by Services/QualityMark/Portfolio from the instrument
/// engine, screening, the improvement plan, self-evaluation and the case studies; the rules read nothing else, so
/// every branch is tested by hand (tests/Ascent.Tests/Domain/QualityMark/PortfolioRulesTests.cs).
public sealed record PortfolioEvidence(
    IReadOnlyList<AuditFact> Audits,
    IReadOnlyList<ScreeningFact> Screenings,
    IReadOnlyList<AuditFact> Questionnaires,
    IReadOnlyList<GoalFact> OpenGoals,
    IReadOnlyList<SelfEvaluationFact> SelfEvaluations,
    IReadOnlyList<CaseStudyFact> CaseStudies,
    IReadOnlyDictionary<string, SignOffFact> SignOffs)
{
    public static PortfolioEvidence None { get; } = new([], [], [], [], [], [], new Dictionary<string, SignOffFact>());

    /// The scheme's entry criteria checked now, for a stage that asks whether the setting still meets them (empty
    /// when no requirement of the stage does).
    public IReadOnlyList<CriterionResult> EntryCriteria { get; init; } = [];

    /// The network meetings the setting's people attended (Services/QualityMark/NetworkMeetings).
    public IReadOnlyList<MeetingFact> Meetings { get; init; } = [];
}

/// A network meeting someone from the setting attended: a workshop counts towards an "attendance" requirement.
public sealed record MeetingFact(int Id, string Title, DateOnly On, bool Workshop);

/// An audit (or a questionnaire round, whose results are an audit) at the setting: its instrument, its name, the day
/// it counts from (observed; for a questionnaire, closed) and whether it is finished and locked.
public sealed record AuditFact(int Id, string InstrumentCode, string Name, DateOnly On, bool Finished);

/// A screening round of one room with its scores recorded, and how many action points it has for the room.
public sealed record ScreeningFact(int Id, string Name, string Room, DateOnly HeldOn, int ActionPoints);

/// An open goal of the setting's improvement plan: whether it is SMART (SmartCheck has no flags) and, for a goal an
/// audit suggested, that audit.
public sealed record GoalFact(int Id, string Outcome, bool Smart, int? AuditId);

/// A self-evaluation: the day it was finished, or null while it is under way.
public sealed record SelfEvaluationFact(int Id, DateOnly StartedOn, DateOnly? FinishedOn);

/// One of the accreditation's case studies: submitted to the evaluator (on a day) or still a draft.
public sealed record CaseStudyFact(int Id, string Title, DateOnly? SubmittedOn);

/// The evaluator's mark on a requirement: signed off, or cleared, with the comment, who and when.
public sealed record SignOffFact(bool SignedOff, string Comment, string By, DateOnly On, int Version);

public enum EvidenceKind
{
    Audit,
    Screening,
    Questionnaire,
    Goal,
    Plan,
    SelfEvaluation,
    CaseStudy,
    EntryCriterion,
    Meeting,
}

/// One piece of evidence the page lists under a requirement (and links to): whether it counts, and why not if not.
public sealed record EvidenceLine(EvidenceKind Kind, int Id, string Text, bool Counts);

/// A requirement's standing in the portfolio: its status, a sentence on what counts so far, the evidence, and the
/// evaluator's mark. `EvaluatorMarks` is true for a requirement only the evaluator can mark (a document, attendance).
public sealed record RequirementResult(
    Requirement Requirement,
    RequirementStatus Status,
    string Summary,
    IReadOnlyList<EvidenceLine> Evidence,
    SignOffFact? SignOff,
    bool EvaluatorMarks);
