using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Domain.QualityMark;

/// A quality-mark scheme as data (quality-marks/*.yaml, or a version an LA uploaded): its levels, cycle, entry
/// criteria, units and their requirements, the evaluator's visits and day rate, service levels, what an annual review
/// and a re-accreditation need, and what withdraws an accreditation. docs/quality-mark.md describes every key.
public sealed record SchemeDefinition(
    string Code,
    string Name,
    string Version,
    string Summary,
    IReadOnlyList<SchemeLevel> Levels,
    SchemeCycle Cycle,
    IReadOnlyList<EntryCriterion> EntryCriteria,
    IReadOnlyList<SchemeUnit> Units,
    EvaluatorTerms Evaluator,
    IReadOnlyList<ServiceLevel> ServiceLevels,
    IReadOnlyList<Requirement> AnnualReview,
    IReadOnlyList<Requirement> Reaccreditation,
    IReadOnlyList<WithdrawalRule> Withdrawal)
{
    /// A level's name as the file gives it, for a code stored on an accreditation.
    public string LevelName(string code) => Levels.FirstOrDefault(l => l.Code == code)?.Name ?? code;

    /// Every requirement of every unit, in the order the file gives them.
    public IEnumerable<(SchemeUnit Unit, Requirement Requirement)> AccreditationRequirements =>
        Units.SelectMany(u => u.Requirements.Select(r => (u, r)));
}

/// One level a panel can award, from the lowest to the highest ("bronze", "silver", "gold"; or one award).
public sealed record SchemeLevel(string Code, string Name);

/// How long accreditation takes, how many annual reviews follow the award, when re-accreditation falls due, and how
/// early a review or re-accreditation opens.
public sealed record SchemeCycle(int AccreditationMonths, int AnnualReviews, int ReaccreditationMonths, int ReminderDays);

/// What a setting must show to join. Checks Ascent makes from its own data say met or not met with the reason;
/// `Coordinator` is for the coordinator to judge.
public sealed record EntryCriterion(string Code, string Name, EntryCheck Check, IReadOnlyList<StandingBand> Bands, int? WithinMonths);

public enum EntryCheck
{
    /// The setting's standing (from its latest inspection) is in one of the named bands.
    Standing,

    /// A finished self-evaluation within the last N months.
    SelfEvaluation,

    /// A current improvement plan whose goals are all SMART.
    ImprovementPlan,

    /// No open programme of support (support case).
    NoOpenSupport,

    /// For the coordinator to judge, with a reason.
    Coordinator,
}

public sealed record SchemeUnit(string Code, string Name, IReadOnlyList<Requirement> Requirements);

/// One thing a setting must show, and where its evidence comes from: the instrument engine (audit, screening,
/// questionnaire), the improvement plan, self-evaluation, the scheme's own case studies and documents, attendance at
/// an event, or the entry criteria checked again.
public sealed record Requirement(
    string Code,
    string Name,
    RequirementKind Kind,
    int Count,
    IReadOnlyList<string> Instruments,
    RequirementTiming When,
    bool Reviewed,
    bool FromAudits,
    int? WithinMonths);

public enum RequirementKind
{
    Audit,
    Screening,
    Questionnaire,
    CaseStudy,
    ImprovementPlan,
    SelfEvaluation,
    Document,
    Attendance,
    EntryCriteria,
}

/// When in the year an audit counts: at the start (before the evaluator's first visit), at the end, or at any time.
public enum RequirementTiming
{
    Any,
    Start,
    End,
}

/// The evaluator's offer, and what a day of their time costs the scheme (for its cost report; amounts in pence).
public sealed record EvaluatorTerms(int Visits, decimal VisitHours, int DayRatePence, decimal DayHours, string Training);

/// A promise the scheme makes ("first visit within 30 days of allocation"), measured from an event.
public sealed record ServiceLevel(string Code, string Name, string From, int? Days, int? Hours);

/// An event that ends an accreditation early: an inspection judgement matching a condition, or an enforcement notice.
public sealed record WithdrawalRule(string Name, string Event, IReadOnlyList<JudgementCondition> Judgements, IReadOnlyList<string> EnforcementKinds);
