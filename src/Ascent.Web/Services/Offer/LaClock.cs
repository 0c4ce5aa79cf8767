using Ascent.Web.Domain.Offer;

namespace Ascent.Web.Services.Offer;

/// The LA's own time (Europe/London): a course "has started" and "days before" are counted by the clock on the LA's
/// wall, not by UTC, so a 9:30 session on a summer morning has started at 8:30 UTC.
public static class LaClock
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return TimeZoneInfo.ConvertTime(time.GetUtcNow(), UkTime).DateTime;
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time));

    /// Whether the item's first session has begun by the LA's clock; a service has no sessions and never starts.
    public static bool HasStarted(OfferItem item, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(item);
        var first = item.Sessions.OrderBy(s => s.Date).ThenBy(s => s.Starts).FirstOrDefault();
        return first is not null && first.Date.ToDateTime(first.Starts) <= Now(time);
    }

    /// Calendar days from the LA's today to the first session (0 on the day, negative once it is past).
    public static int DaysBefore(OfferItem item, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.StartsOn is { } starts ? starts.DayNumber - Today(time).DayNumber : int.MaxValue;
    }
}
