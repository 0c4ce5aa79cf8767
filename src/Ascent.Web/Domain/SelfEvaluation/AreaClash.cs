namespace Ascent.Web.Domain.SelfEvaluation;

/// That one area was saved after a form on it was opened: who saved it and when, so the person is told plainly
/// rather than "someone else" when it was them in another tab. Only the same area clashes; other areas' saves
/// never do, because each area has its own version.
public sealed record AreaClash(bool ByYou, string? By, DateTimeOffset? At)
{
    /// Null while the area is still at the version the form was opened on.
    public static AreaClash? Between(AreaEvaluation current, int seenVersion, Guid? me)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.Version == seenVersion)
            return null;
        return new AreaClash(me is not null && current.SavedById == me, current.SavedBy, current.SavedAt);
    }

    /// "Jo Clarke saved this area at 10:42am", "You saved Inclusion in another tab or window at 10:42am", given what
    /// was saved ("this area", an area's name) and how to say the time.
    public string Saved(string what, Func<DateTimeOffset, string> when)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        ArgumentNullException.ThrowIfNull(when);
        var at = At is { } instant ? " at " + when(instant) : "";
        if (ByYou)
            return $"You saved {what} in another tab or window{at}";
        return By is null ? $"Someone else saved {what}{at}" : $"{By} saved {what}{at}";
    }
}
