namespace Ascent.Web.Domain.Improvement;

/// A goal as it stood after one save. The plan's history compares two of them, and when two people edit a goal at
/// once, the version both started from, the one saved meanwhile and the one being saved are merged field by field.
public sealed record GoalSnapshot
{
    public required string Outcome { get; init; }

    public string? Issue { get; init; }

    public string? AreaCode { get; init; }

    public GoalPriority Priority { get; init; }

    public string? SuccessMeasure { get; init; }

    public DateOnly? ByWhen { get; init; }

    public IReadOnlyList<StepSnapshot> Steps { get; init; } = [];

    public GoalStatus Status { get; init; }

    public string? DroppedReason { get; init; }

    public string? ImpactDifference { get; init; }

    public string? ImpactChildren { get; init; }

    public string? ImpactEvidence { get; init; }

    public static GoalSnapshot Of(PlanGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return new GoalSnapshot
        {
            Outcome = goal.Outcome,
            Issue = goal.Issue,
            AreaCode = goal.AreaCode,
            Priority = goal.Priority,
            SuccessMeasure = goal.SuccessMeasure,
            ByWhen = goal.ByWhen,
            Steps = [.. goal.Steps.OrderBy(s => s.Position).Select(s => new StepSnapshot(s.Text, s.Owner, s.DueOn, s.Done, s.BookingId, s.OfferItemId))],
            Status = goal.Status,
            DroppedReason = goal.DroppedReason,
            ImpactDifference = goal.ImpactDifference,
            ImpactChildren = goal.ImpactChildren,
            ImpactEvidence = goal.ImpactEvidence,
        };
    }

    /// Whether the two say the same in one field (steps compared in order, as a whole).
    public bool SameAs(GoalSnapshot other, GoalField field)
    {
        ArgumentNullException.ThrowIfNull(other);
        return field == GoalField.Steps ? Steps.SequenceEqual(other.Steps) : Equals(Value(field), other.Value(field));
    }

    /// The fields in which this and a later snapshot differ, in the order the goal's page shows them.
    public IReadOnlyList<GoalField> DifferencesFrom(GoalSnapshot other) => [.. Enum.GetValues<GoalField>().Where(f => !SameAs(other, f))];

    /// This snapshot with one field taken from another.
    public GoalSnapshot With(GoalField field, GoalSnapshot from)
    {
        ArgumentNullException.ThrowIfNull(from);
        return field switch
        {
            GoalField.Outcome => this with { Outcome = from.Outcome },
            GoalField.Issue => this with { Issue = from.Issue },
            GoalField.Area => this with { AreaCode = from.AreaCode },
            GoalField.Priority => this with { Priority = from.Priority },
            GoalField.SuccessMeasure => this with { SuccessMeasure = from.SuccessMeasure },
            GoalField.ByWhen => this with { ByWhen = from.ByWhen },
            GoalField.Steps => this with { Steps = from.Steps },
            GoalField.Status => this with { Status = from.Status },
            GoalField.DroppedReason => this with { DroppedReason = from.DroppedReason },
            GoalField.ImpactDifference => this with { ImpactDifference = from.ImpactDifference },
            GoalField.ImpactChildren => this with { ImpactChildren = from.ImpactChildren },
            GoalField.ImpactEvidence => this with { ImpactEvidence = from.ImpactEvidence },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    /// One field's value (the steps are not a single value: compare them with SameAs).
    public object? Value(GoalField field) => field switch
    {
        GoalField.Outcome => Outcome,
        GoalField.Issue => Issue,
        GoalField.Area => AreaCode,
        GoalField.Priority => Priority,
        GoalField.SuccessMeasure => SuccessMeasure,
        GoalField.ByWhen => ByWhen,
        GoalField.Status => Status,
        GoalField.DroppedReason => DroppedReason,
        GoalField.ImpactDifference => ImpactDifference,
        GoalField.ImpactChildren => ImpactChildren,
        GoalField.ImpactEvidence => ImpactEvidence,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}

public static class GoalFields
{
    /// The field's name as the goal's page, its history and a merge show it.
    public static string Label(GoalField field) => field switch
    {
        GoalField.Outcome => "Outcome",
        GoalField.Issue => "Issue",
        GoalField.Area => "Area",
        GoalField.Priority => "Priority",
        GoalField.SuccessMeasure => "Success measure",
        GoalField.ByWhen => "By when",
        GoalField.Steps => "Steps",
        GoalField.Status => "Status",
        GoalField.DroppedReason => "Why dropped",
        GoalField.ImpactDifference => "Difference made",
        GoalField.ImpactChildren => "For which children",
        GoalField.ImpactEvidence => "Evidence of impact",
        _ => field.ToString(),
    };
}

public sealed record StepSnapshot(string Text, string? Owner, DateOnly? DueOn, bool Done, int? BookingId = null, int? OfferItemId = null);

public enum GoalField
{
    Outcome = 1,
    Issue,
    Area,
    Priority,
    SuccessMeasure,
    ByWhen,
    Steps,
    Status,
    DroppedReason,
    ImpactDifference,
    ImpactChildren,
    ImpactEvidence,
}
