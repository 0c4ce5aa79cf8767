namespace Ascent.Web.Domain.Cases;

/// A programme of support as data (pathways/*.yaml, or a version an LA uploaded): what starts it, the tasks with
/// their working-day deadlines, the visit plan, the escalation rules and how it ends.
public sealed record PathwayDefinition(
    string Code,
    string Name,
    string Summary,
    int Priority,
    PathwayTrigger Trigger,
    IReadOnlyList<TaskDefinition> Tasks,
    IReadOnlyList<AuditDefinition> Audits,
    VisitPlan Visits,
    EscalationRules Escalation,
    ExitRules Exit)
{
    public TaskDefinition? Allocation => Tasks.FirstOrDefault(t => t.Kind == TaskKinds.Allocation);

    /// An audit's name as the file gives it; the loader refuses a stage naming an audit it does not list.
    public string AuditName(string code) => Audits.FirstOrDefault(a => a.Code == code)?.Name ?? code;

    /// The audits a visit stage asks for, by name: "Safeguarding and welfare requirements audit and SSTEW audit".
    public string AuditNames(VisitStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var names = stage.Audits.Select(AuditName).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + " and " + names[^1];
    }
}

/// An audit a visit stage asks for (pathways/*.yaml, audits): its code and the name people read.
public sealed record AuditDefinition(string Code, string Name);

public static class TriggerEvents
{
    public const string NewJudgement = "new-judgement";
    public const string NewRegistration = "new-registration";
    public const string Enforcement = "enforcement";

    /// Never raised by the register: a setting is enrolled when another case closes.
    public const string Enrolment = "enrolment";

    public static IReadOnlyList<string> All { get; } = [NewJudgement, NewRegistration, Enforcement, Enrolment];
}

public sealed record PathwayTrigger(string Event, IReadOnlyList<JudgementCondition> Judgements, IReadOnlyList<string> EnforcementKinds);

/// Matches an inspection of one framework: by its overall grade, by any area graded one of the codes, or by every
/// area graded one of them.
public sealed record JudgementCondition(string Framework, IReadOnlyList<string> Overall, IReadOnlyList<string> AnyArea, IReadOnlyList<string> AllAreas)
{
    public bool Matches(Judgement judgement)
    {
        if (judgement.FrameworkCode != Framework)
            return false;
        if (Overall.Count > 0 && (judgement.OverallGrade is null || !Overall.Contains(judgement.OverallGrade)))
            return false;
        if (AnyArea.Count > 0 && !judgement.Grades.Values.Any(AnyArea.Contains))
            return false;
        if (AllAreas.Count > 0 && (judgement.Grades.Count == 0 || !judgement.Grades.Values.All(AllAreas.Contains)))
            return false;
        return true;
    }
}

/// An inspection outcome as the pathways see it.
public sealed record Judgement(string FrameworkCode, DateOnly Date, string? OverallGrade, IReadOnlyDictionary<string, string> Grades);

public static class TaskKinds
{
    public const string Allocation = "allocation";
    public const string Contact = "contact";
    public const string Referral = "referral";
    public const string Letter = "letter";
    public const string Task = "task";
    public const string Visit = "visit";
    public const string Escalation = "escalation";

    public static IReadOnlyList<string> Definable { get; } = [Allocation, Contact, Referral, Letter, Task];
}

public sealed record TaskDefinition(string Key, string Kind, string Title, string OwnerRole, string? AllocatesRole, int DueWorkingDays);

public sealed record VisitPlan(string Cadence, int IntervalWeeks, int FirstWithinWorkingDays, IReadOnlyList<VisitStage> Stages)
{
    /// The stage a visit number falls in; the last stage may be open-ended ("further visits").
    public VisitStage? StageFor(int number) => Stages.FirstOrDefault(s => number >= s.From && (s.To is null || number <= s.To));
}

public sealed record VisitStage(int From, int? To, string Focus, string? AccompaniedBy, IReadOnlyList<string> Audits, bool Monitoring)
{
    public string Label => To == From ? $"Visit {From}" : To is null ? $"Visits {From} onwards" : $"Visits {From} to {To}";
}

public sealed record EscalationRules(int? CancellationsPerTerm, string? CancellationsNotify, string? InsufficientProgress, string? InsufficientProgressOwner);

public sealed record ExitRules(bool MovesOnJudgement, IReadOnlyList<JudgementCondition> ClosesWhen, string? Enrol);
