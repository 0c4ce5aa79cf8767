namespace Ascent.Web.Domain.Notifications;

public static class ReminderKinds
{
    public const string DueTomorrow = "due-tomorrow";
    public const string Overdue = "overdue";
    public const string AllocationMissed = "allocation-missed";
}

/// Which reminder an open task is owed on a given day, and the date that identifies it. Pure, so the rule is
/// tested without a database or a clock.
public static class ReminderSchedule
{
    public const string AllocationKind = "allocation";

    /// Overdue tasks are reminded about on their first day overdue and then once a week, not every day.
    public const int OverdueIntervalDays = 7;

    public static (string Kind, DateOnly OnDate)? ReminderFor(string taskKind, DateOnly dueOn, DateOnly today)
    {
        if (dueOn == today.AddDays(1))
            return (ReminderKinds.DueTomorrow, dueOn);
        if (dueOn >= today)
            return null;
        // The reminder is identified by the start of its week of lateness (day 1, 8, 15, …), not by the day
        // the run happens: a run that was missed (the server was down on day 8) still sends that week's on day 9,
        // and a second run in the same week finds it already sent.
        var daysLate = today.DayNumber - dueOn.DayNumber;
        var slot = dueOn.AddDays(1 + ((daysLate - 1) / OverdueIntervalDays * OverdueIntervalDays));
        var kind = string.Equals(taskKind, AllocationKind, StringComparison.Ordinal) ? ReminderKinds.AllocationMissed : ReminderKinds.Overdue;
        return (kind, slot);
    }
}
