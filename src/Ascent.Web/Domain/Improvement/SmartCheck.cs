namespace Ascent.Web.Domain.Improvement;

/// Help towards SMART goals: what an open goal lacks to be measurable and time-bound with someone responsible.
/// Advice, never a rule: a goal with flags can still be saved.
public static class SmartCheck
{
    public static IReadOnlyList<SmartFlag> Flags(PlanGoal goal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (!goal.IsOpen)
            return [];
        var flags = new List<SmartFlag>();
        if (goal.SuccessMeasure is null)
            flags.Add(SmartFlag.NoMeasure);
        if (goal.ByWhen is null)
            flags.Add(SmartFlag.NoDate);
        if (!goal.Steps.Any(s => s.Owner is not null))
            flags.Add(SmartFlag.NoOwner);
        if (goal.ByWhen < today || goal.Steps.Any(s => !s.Done && s.DueOn < today))
            flags.Add(SmartFlag.DatePassed);
        return flags;
    }

    public static string Describe(SmartFlag flag) => flag switch
    {
        SmartFlag.NoMeasure => "No success measure",
        SmartFlag.NoDate => "No date",
        SmartFlag.NoOwner => "No one responsible",
        SmartFlag.DatePassed => "Date passed",
        _ => flag.ToString(),
    };
}

public enum SmartFlag
{
    NoMeasure = 1,
    NoDate = 2,
    NoOwner = 3,
    DatePassed = 4,
}
