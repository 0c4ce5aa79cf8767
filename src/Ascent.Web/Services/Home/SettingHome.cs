using Ascent.Web.Domain.Visits;

namespace Ascent.Web.Services.Home;

/// What a setting's home page shows its owner, manager or practitioner: the work waiting for them, each item with the
/// page it leads to. Practitioners get only the plan's steps assigned to them; leaders get the whole queue.
public sealed record SettingHome(
    string DisplayName,
    int SettingId,
    string SettingName,
    string TenantName,
    bool IsLeader,
    SettingHomeInspection? LatestInspection,
    SettingHomeVisit? NextVisit,
    IReadOnlyList<SettingHomeNote> NotesToAcknowledge,
    SettingHomePlan Plan,
    SettingHomeSelfEvaluation SelfEvaluation,
    IReadOnlyList<SettingHomeComment> UnreadComments,
    IReadOnlyList<SettingHomeStep> MySteps);

/// The latest inspection that counts (not a compliance check): its grades with the framework's names for them.
public sealed record SettingHomeInspection(DateOnly Date, string InspectionType, string FrameworkCode, string FrameworkName, string? OverallGrade,
    IReadOnlyList<SettingHomeAreaGrade> AreaGrades);

public sealed record SettingHomeAreaGrade(string AreaCode, string AreaName, string GradeCode);

/// The next planned visit and how far the setting's preparation for it has got.
public sealed record SettingHomeVisit(int Id, string Title, DateOnly Date, TimeOnly StartTime, VisitMode Mode, string Location,
    int PreparationDone, int PreparationItems, DateTimeOffset? PreparedAt);

/// An issued note of visit nobody at the setting has acknowledged yet.
public sealed record SettingHomeNote(int VisitId, string Title, DateOnly VisitDate, DateOnly? IssuedOn);

/// The plan's open goals that need attention: past their date, or not yet SMART (what each lacks, in words).
public sealed record SettingHomePlan(int OpenGoals, IReadOnlyList<SettingHomeOverdueGoal> Overdue, IReadOnlyList<SettingHomeUnsmartGoal> NotSmart);

public sealed record SettingHomeOverdueGoal(int GoalId, string Outcome, DateOnly PassedOn);

public sealed record SettingHomeUnsmartGoal(int GoalId, string Outcome, IReadOnlyList<string> Lacks);

public enum SelfEvaluationState
{
    NotStarted,
    Draft,
    Finished,
}

/// The current draft (areas done and to do), or else the last finished self-evaluation, or none at all.
public sealed record SettingHomeSelfEvaluation(SelfEvaluationState State, int? Id, DateOnly? StartedOn, DateOnly? FinishedOn,
    IReadOnlyList<SettingHomeArea> Areas, string? LastSavedBy = null, DateTimeOffset? LastSavedAt = null)
{
    public static SettingHomeSelfEvaluation None { get; } = new(SelfEvaluationState.NotStarted, null, null, null, []);

    public int AreasDone => Areas.Count(a => a.Started);

    public IEnumerable<SettingHomeArea> AreasToDo => Areas.Where(a => !a.Started);
}

public sealed record SettingHomeArea(string Code, string Name, bool Started);

/// A comment from the LA (on a goal or a self-evaluation area) whose notification the person has not yet read.
public sealed record SettingHomeComment(string Text, string Link, DateTimeOffset At);

/// An open step of the plan whose "who will do it" names the person signed in.
public sealed record SettingHomeStep(int GoalId, string GoalOutcome, string Text, DateOnly? DueOn);
