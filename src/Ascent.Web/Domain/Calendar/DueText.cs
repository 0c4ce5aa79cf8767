namespace Ascent.Web.Domain.Calendar;

/// How near a deadline is, counted in the working days the pathways set deadlines in.
public enum DueState
{
    Later,
    Soon,
    Today,
    Overdue,
}

/// "due in 3 working days", "due today", "2 working days overdue": the words shown beside a deadline's date.
public static class DueText
{
    /// Within this many working days a deadline counts as soon, so lists can draw the eye to it.
    public const int SoonWithinWorkingDays = 2;

    public static (string Text, DueState State) For(DateOnly due, DateOnly today, WorkingDays days)
    {
        if (due == today)
            return ("due today", DueState.Today);
        if (due > today)
        {
            var ahead = days.Count(today, due);
            return ahead switch
            {
                // Due at the weekend or on a bank holiday before the next working day comes.
                0 => ("due before the next working day", DueState.Soon),
                1 => ("due in 1 working day", DueState.Soon),
                _ => ($"due in {ahead} working days", ahead <= SoonWithinWorkingDays ? DueState.Soon : DueState.Later),
            };
        }

        var late = days.Count(due, today);
        return late switch
        {
            0 => ("overdue", DueState.Overdue),
            1 => ("1 working day overdue", DueState.Overdue),
            _ => ($"{late} working days overdue", DueState.Overdue),
        };
    }
}
