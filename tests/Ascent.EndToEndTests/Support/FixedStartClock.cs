using System.Diagnostics;

namespace Ascent.EndToEndTests.Support;

/// Ascent's clock in the browser tests: it starts at a fixed instant the tests choose, not at the real date, and then
/// runs in real time. It must run (not stand still like the unit tests' FakeTimeProvider) because the browser, the
/// outbox and the scheduler wait on it for real; it must start at a fixed instant so that the demo data, the school
/// term and the working days a journey meets are the same on whatever day the suite runs.
public sealed class FixedStartClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch elapsed = Stopwatch.StartNew();

    public DateTimeOffset Start { get; } = start;

    /// The day the journeys see as today, in the UK (the clock starts in the morning, so UTC's date is the UK's).
    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().UtcDateTime);

    public override DateTimeOffset GetUtcNow() => Start + elapsed.Elapsed;
}
