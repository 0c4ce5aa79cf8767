namespace Ascent.Web.Domain.Charts;

/// Computes a chart from a series and its options: per phase, the centre line and limits (from the phase's baseline
/// points when a baseline is set, else from all its points, excluded points always left out), each point's place
/// against them, and the Anhøj rules around the centre line (the median on a run chart, the mean on a control chart).
public static class ChartCalculator
{
    public static Chart Calculate(MeasureSeries series, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        var kind = options.Kind;
        var problem = ControlLimits.Problem(kind, series.Points);
        if (problem is not null)
            kind = ChartKind.Run;

        var ordered = series.Points.OrderBy(p => p.Date).ToList();
        var starts = options.Phases.Distinct().Order().ToList();
        var points = new List<ChartedPoint>();
        var phases = new List<ChartPhase>();
        var groups = ordered.GroupBy(p => 1 + starts.Count(s => s <= p.Date)).OrderBy(g => g.Key).ToList();
        foreach (var group in groups)
        {
            var number = phases.Count + 1;
            var members = group.ToList();
            var included = members.Where(p => !options.Excluded.ContainsKey(p.Date)).ToList();
            var baseline = options.BaselinePoints is > 0 and var n && n < included.Count ? included.Take(n).ToList() : included;
            var frozen = baseline.Count < included.Count;
            var limits = baseline.Count == 0 ? null : ControlLimits.For(kind, baseline);
            var baselineDates = baseline.Select(p => p.Date).ToHashSet();
            var charted = members.Select(p =>
            {
                var (lower, upper) = limits?.At(p) ?? (null, null);
                var reason = options.Excluded.GetValueOrDefault(p.Date);
                var outside = reason is null && ((upper is { } u && p.Value > u) || (lower is { } l && p.Value < l));
                return new ChartedPoint(p.Date, p.Value, p.Numerator, p.Denominator, number, limits?.Centre, lower, upper, outside, reason, baselineDates.Contains(p.Date));
            }).ToList();
            points.AddRange(charted);
            var runs = AnhojRules.Analyse([.. included.Select(p => (p.Date, p.Value))], limits?.Centre ?? 0m);
            phases.Add(new ChartPhase(number, members[0].Date, members[^1].Date, limits?.Centre, baseline.Count, frozen, runs, charted.Count(p => p.Outside)));
        }

        return new Chart(series, kind, options, phases, points, problem);
    }
}
