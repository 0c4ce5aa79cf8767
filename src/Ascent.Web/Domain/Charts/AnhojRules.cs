using System.Numerics;

namespace Ascent.Web.Domain.Charts;

/// The Anhøj rules for run charts (Anhøj and Olesen, "Run charts revisited", PLoS ONE 2014,
/// doi:10.1371/journal.pone.0113825), computed from their formulas. With n useful points (those not on the centre
/// line), an unusually long run is one longer than round(log2(n) + 3), and unusually few crossings are fewer than the
/// 5th percentile of Binomial(n − 1, 0.5). Either one signals variation that is not random.
public static class AnhojRules
{
    /// Below this many useful points the rules are not applied: there is not enough data to judge.
    public const int MinimumUsefulPoints = 10;

    public static int LongestRunLimit(int usefulPoints) =>
        usefulPoints <= 0 ? 0 : (int)Math.Round(Math.Log2(usefulPoints) + 3, MidpointRounding.ToEven);

    /// qbinom(0.05, n − 1, 0.5): the smallest x with P(X ≤ x) ≥ 0.05, exactly. With m = n − 1 and every outcome
    /// weighing 1/2^m, that is the smallest x with 20 · Σ(k ≤ x) C(m, k) ≥ 2^m, in whole numbers.
    public static int CrossingsLimit(int usefulPoints)
    {
        if (usefulPoints <= 1)
            return 0;
        var m = usefulPoints - 1;
        var all = BigInteger.Pow(2, m);
        BigInteger binomial = 1;
        BigInteger cumulative = 0;
        for (var x = 0; x <= m; x++)
        {
            cumulative += binomial;
            if (cumulative * 20 >= all)
                return x;
            binomial = binomial * (m - x) / (x + 1);
        }

        return m;
    }

    /// Runs and crossings of the points around the centre line, in date order. A point exactly on the centre line
    /// is not useful: it neither breaks nor extends a run, and is not a crossing.
    public static RunAnalysis Analyse(IReadOnlyList<(DateOnly Date, decimal Value)> points, decimal centre)
    {
        ArgumentNullException.ThrowIfNull(points);
        var useful = points.Where(p => p.Value != centre).Select(p => (p.Date, Side: p.Value > centre ? RunSide.Above : RunSide.Below)).ToList();
        var longest = 0;
        var crossings = 0;
        RunSide? side = null;
        DateOnly? from = null;
        DateOnly? to = null;
        var length = 0;
        var start = 0;
        for (var i = 0; i < useful.Count; i++)
        {
            if (i > 0 && useful[i].Side != useful[i - 1].Side)
            {
                crossings++;
                length = 0;
                start = i;
            }

            length++;
            if (length > longest)
            {
                longest = length;
                side = useful[i].Side;
                from = useful[start].Date;
                to = useful[i].Date;
            }
        }

        return new RunAnalysis(useful.Count, longest, LongestRunLimit(useful.Count), crossings, CrossingsLimit(useful.Count), side, from, to,
            useful.Count > 0 && to == useful[^1].Date);
    }
}

public enum RunSide
{
    Above,
    Below,
}

/// What the Anhøj rules found. LongestRunFrom/To date the (first) longest run; LongestRunIsLatest says it runs to
/// the newest useful point, so the measure is still on that side.
public sealed record RunAnalysis(
    int UsefulObservations,
    int LongestRun,
    int LongestRunLimit,
    int Crossings,
    int CrossingsLimit,
    RunSide? LongestRunSide,
    DateOnly? LongestRunFrom,
    DateOnly? LongestRunTo,
    bool LongestRunIsLatest)
{
    public bool EnoughData => UsefulObservations >= AnhojRules.MinimumUsefulPoints;

    public bool UnusuallyLongRun => EnoughData && LongestRun > LongestRunLimit;

    public bool UnusuallyFewCrossings => EnoughData && Crossings < CrossingsLimit;

    public bool Signal => UnusuallyLongRun || UnusuallyFewCrossings;
}
