namespace Ascent.Web.Domain.QualityMark;

public enum ServiceLevelState
{
    /// Still to come: the first visit is due by a date not yet passed.
    Due,

    Met,

    NotMet,
}

/// The scheme's promise of a first visit within N days of allocation (a service level `from: allocation`): met when a
/// visit was held on or before the day it was due, not met when none was (held late, or the day has passed with
/// none held), otherwise due by that day. A visit planned but not yet held does not meet it.
public static class FirstVisitLevel
{
    public static (ServiceLevelState State, DateOnly DueBy) Of(DateOnly allocatedOn, int days, IEnumerable<DateOnly> heldOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(heldOn);
        var dueBy = allocatedOn.AddDays(days);
        var first = heldOn.Where(d => d >= allocatedOn).Order().Cast<DateOnly?>().FirstOrDefault();
        if (first is { } held)
            return (held <= dueBy ? ServiceLevelState.Met : ServiceLevelState.NotMet, dueBy);
        return (today > dueBy ? ServiceLevelState.NotMet : ServiceLevelState.Due, dueBy);
    }
}
