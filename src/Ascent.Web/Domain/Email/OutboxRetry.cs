namespace Ascent.Web.Domain.Email;

/// How long the outbox waits after a failed attempt: 1, 2, 4, … minutes, at most an hour, and after the tenth
/// attempt (about four hours after the first) it stops and leaves the message for an administrator to see and retry.
/// An SMTP server that is down for a restart or an upgrade is back well within that; one that is down longer is
/// something an administrator should know about.
public static class OutboxRetry
{
    public const int MaxAttempts = 10;

    public static readonly TimeSpan LongestDelay = TimeSpan.FromHours(1);

    /// The wait after the given number of failed attempts, or null when there are to be no more.
    public static TimeSpan? DelayAfter(int attempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        if (attempts >= MaxAttempts)
            return null;
        var minutes = Math.Pow(2, attempts - 1);
        return minutes >= LongestDelay.TotalMinutes ? LongestDelay : TimeSpan.FromMinutes(minutes);
    }
}
