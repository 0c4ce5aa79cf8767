namespace Ascent.Web.Domain.Improvement;

/// Help towards SMART goals: what an open goal lacks to be measurable and time-bound with someone responsible.
/// Advice, never a rule: a goal with flags can still be saved.
public static class SmartCheck
{
    public static IReadOnlyList<SmartWarning> Flags(PlanGoal goal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (!goal.IsOpen)
            return [];
        var flags = new List<SmartWarning>();
        if (goal.SuccessMeasure is null)
            flags.Add(SmartWarning.NoMeasure);
        if (goal.ByWhen is null)
            flags.Add(SmartWarning.NoDate);
        if (!goal.Steps.Any(s => s.Owner is not null))
            flags.Add(SmartWarning.NoOwner);
        if (goal.ByWhen < today || goal.Steps.Any(s => !s.Done && s.DueOn < today))
            flags.Add(SmartWarning.DatePassed);
        return flags;
    }

    public static string Describe(SmartWarning flag) => flag switch
    {
        SmartWarning.NoMeasure => "No success measure",
        SmartWarning.NoDate => "No date",
        SmartWarning.NoOwner => "No one responsible",
        SmartWarning.DatePassed => "Date passed",
        _ => flag.ToString(),
    };
}

public enum SmartWarning
{
    NoMeasure = 1,
    NoDate = 2,
    NoOwner = 3,
    DatePassed = 4,
}
