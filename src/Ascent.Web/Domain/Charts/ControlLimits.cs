namespace Ascent.Web.Domain.Charts;

/// The centre line and 3-sigma limits of each kind of chart, from the points given (a phase's baseline):
/// - Run: the median; no limits.
/// - I: the mean; σ̂ = mean moving range / 1.128 (d2 for ranges of two); limits mean ± 3σ̂. Not clipped at zero:
///   Ascent cannot know that a setting's own measure cannot go below it, and an I chart's lower limit below zero only
///   means that no low point can fall outside it.
/// - P: p̄ = Σ numerators / Σ denominators; each point's limits p̄ ± 3√(p̄(1 − p̄)/nᵢ), clipped to [0, 1].
/// - U: ū = Σ counts / Σ units; each point's limits ū ± 3√(ū/nᵢ), the lower one at least 0.
/// - C: c̄ = the mean count; limits c̄ ± 3√c̄, the lower one at least 0.
public sealed class ControlLimits
{
    private readonly ChartKind _kind;
    private readonly decimal? _sigma;

    private ControlLimits(ChartKind kind, decimal centre, decimal? sigma)
    {
        _kind = kind;
        Centre = centre;
        _sigma = sigma;
    }

    public decimal Centre { get; }

    /// Why a series cannot be drawn as this kind of chart (it is then drawn as a run chart), or null.
    public static string? Problem(ChartKind kind, IReadOnlyList<SeriesPoint> points) => kind switch
    {
        ChartKind.P when points.Any(p => p.Numerator is not { } x || p.Denominator is not { } d || d <= 0 || x < 0 || x > d) =>
            "A P chart needs each point's numerator and denominator (a count out of a total above 0), so this is shown as a run chart.",
        ChartKind.U when points.Any(p => p.Numerator is not { } x || p.Denominator is not { } d || d <= 0 || x < 0) =>
            "A U chart needs each point's count and its units (above 0), so this is shown as a run chart.",
        ChartKind.C when points.Any(p => p.Value < 0) =>
            "A C chart counts things, so its values cannot be below 0; this is shown as a run chart.",
        _ => null,
    };

    public static ControlLimits For(ChartKind kind, IReadOnlyList<SeriesPoint> baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (baseline.Count == 0)
            throw new ArgumentException("A centre line needs at least one point.", nameof(baseline));
        switch (kind)
        {
            case ChartKind.I:
                var mean = baseline.Average(p => p.Value);
                decimal? sigma = baseline.Count < 2 ? null
                    : baseline.Zip(baseline.Skip(1), (a, b) => Math.Abs(b.Value - a.Value)).Average() / 1.128m;
                return new ControlLimits(kind, mean, sigma);
            case ChartKind.P:
            case ChartKind.U:
                return new ControlLimits(kind, baseline.Sum(p => p.Numerator!.Value) / baseline.Sum(p => p.Denominator!.Value), null);
            case ChartKind.C:
                return new ControlLimits(kind, baseline.Average(p => p.Value), null);
            default:
                return new ControlLimits(kind, Median(baseline.Select(p => p.Value)), null);
        }
    }

    public static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// The lower and upper limits at one point (P and U charts' limits depend on the point's own denominator).
    public (decimal? Lower, decimal? Upper) At(SeriesPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        switch (_kind)
        {
            case ChartKind.I when _sigma is { } sigma:
                return (Centre - (3 * sigma), Centre + (3 * sigma));
            case ChartKind.P:
                var p = Spread(Centre * (1 - Centre) / point.Denominator!.Value);
                return (Math.Max(0, Centre - p), Math.Min(1, Centre + p));
            case ChartKind.U:
                var u = Spread(Centre / point.Denominator!.Value);
                return (Math.Max(0, Centre - u), Centre + u);
            case ChartKind.C:
                var c = Spread(Centre);
                return (Math.Max(0, Centre - c), Centre + c);
            default:
                return (null, null);
        }
    }

    private static decimal Spread(decimal variance) => 3 * (decimal)Math.Sqrt((double)variance);
}
