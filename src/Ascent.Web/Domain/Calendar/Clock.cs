namespace Ascent.Web.Domain.Calendar;

/// Ascent's "today" is the UTC date of the app's clock: the injected TimeProvider, which tests start at an instant of
/// their choosing, never DateTime.Now.
public static class Clock
{
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
