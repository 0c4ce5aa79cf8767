namespace Ascent.Web.Domain.Improvement;

/// What to put back in front of someone whose save of a goal came second: every field only they changed keeps their
/// words, every field only the other person changed takes the other's, and a field both changed differently is a
/// conflict for them to settle (their own words stay in the form, the saved ones are shown beside it).
public sealed record GoalMerge(GoalSnapshot Merged, IReadOnlyList<GoalField> TakenFromSaved, IReadOnlyList<GoalField> Conflicts)
{
    /// The fields of the goal's form; status and the impact review are saved from the goal's own page.
    public static IReadOnlyList<GoalField> FormFields { get; } =
        [GoalField.Outcome, GoalField.Issue, GoalField.Area, GoalField.Priority, GoalField.SuccessMeasure, GoalField.ByWhen, GoalField.Steps];

    /// <param name="started">The version the person opened, when Ascent still has it; without it, every field that
    /// differs is a conflict, because Ascent cannot tell who changed it.</param>
    public static GoalMerge Of(GoalSnapshot? started, GoalSnapshot saved, GoalSnapshot mine, IEnumerable<GoalField> fields)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(fields);
        var merged = mine;
        var taken = new List<GoalField>();
        var conflicts = new List<GoalField>();
        foreach (var field in fields)
        {
            if (mine.SameAs(saved, field))
                continue;
            if (started is not null && mine.SameAs(started, field))
            {
                merged = merged.With(field, saved);
                taken.Add(field);
            }
            else if (started is null || !saved.SameAs(started, field))
            {
                conflicts.Add(field);
            }
        }

        return new GoalMerge(merged, taken, conflicts);
    }
}
