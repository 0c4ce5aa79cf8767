using Microsoft.Extensions.Caching.Memory;

namespace Ascent.Web.Infrastructure.Security;

/// Slows password guessing against one e-mail address from one client: the first few failures cost nothing, then
/// each further attempt waits twice as long as the last (1, 2, 4 … up to 30 minutes). It is keyed on the address as
/// typed, whether or not it has an account, so its answer says nothing about which addresses do. Identity's own
/// lockout (AscentServices: after many more failures, from any client) stays as the backstop against guessing from
/// many clients; only a client's first few failures count towards it, so that no one client can use it to shut a
/// person out. Kept in each node's memory: see docs/adr/0009 for why that is enough.
public sealed class SignInThrottle(IMemoryCache cache, TimeProvider time)
{
    public const int FreeFailures = 3;

    /// How many of one client's failures count towards the account's lockout.
    public const int CountedFailures = 5;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(30);

    /// How long this client must wait before it may try this address again, or null if it may try now.
    public TimeSpan? WaitBeforeNextAttempt(string email, string client)
    {
        if (!cache.TryGetValue(Key(email, client), out Failures? failures) || failures is null)
            return null;
        lock (failures)
        {
            var wait = failures.Last + DelayAfter(failures.Count) - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    /// Whether a failure now should count towards the account's lockout.
    public bool CountsTowardsLockout(string email, string client) =>
        !cache.TryGetValue(Key(email, client), out Failures? failures) || failures is null || failures.Count < CountedFailures;

    public void RecordFailure(string email, string client)
    {
        var failures = cache.GetOrCreate(Key(email, client), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromDays(1);
            return new Failures();
        })!;
        lock (failures)
        {
            failures.Count++;
            failures.Last = time.GetUtcNow();
        }
    }

    public void Forget(string email, string client) => cache.Remove(Key(email, client));

    public static TimeSpan DelayAfter(int failures)
    {
        if (failures < FreeFailures)
            return TimeSpan.Zero;
        var doublings = Math.Min(failures - FreeFailures, 10);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < LongestDelay ? delay : LongestDelay;
    }

    private static string Key(string email, string client) => $"sign-in-failures:{email.Trim().ToUpperInvariant()}|{client}";

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset Last { get; set; }
    }
}
