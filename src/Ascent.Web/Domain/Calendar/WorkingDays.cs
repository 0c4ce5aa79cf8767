namespace Ascent.Web.Domain.Calendar;

/// Counts working days: Monday to Friday, less the bank holidays of one nation.
public sealed class WorkingDays(IReadOnlySet<DateOnly> holidays)
{
    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// The deadline "within n working days" of something that happened on `from`: the n-th working day after it.
    /// n = 0 means the same day, or the next working day when it happened on a weekend or bank holiday.
    public DateOnly Add(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (workingDays == 0)
            return OnOrAfter(from);
        var day = from;
        for (var added = 0; added < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
                added++;
        }

        return day;
    }

    /// The first working day on or after `day`: a visit planned for a bank holiday moves to the next working day.
    public DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day))
            day = day.AddDays(1);
        return day;
    }

    /// Working days after `from` up to and including `to`; negative when `to` comes first. Friday to Monday is 1.
    public int Count(DateOnly from, DateOnly to)
    {
        if (to < from)
            return -Count(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
                count++;
        }

        return count;
    }
}
