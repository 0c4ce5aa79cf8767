using System.Globalization;

namespace Ascent.Web.Domain.Charts;

/// A chart in plain English: for each phase, what the run rules found (or that there is not enough data to judge)
/// and which points are outside the limits. The words say what a signal means, never only that there is one.
public static class ChartSummary
{
    public static IReadOnlyList<string> Describe(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var sentences = new List<string>();
        if (chart.Problem is not null)
            sentences.Add(chart.Problem);
        if (chart.Points.Count == 0)
        {
            sentences.Add($"{chart.Series.Name} has no values yet.");
            return sentences;
        }

        foreach (var phase in chart.Phases)
        {
            var prefix = chart.Phases.Count > 1 ? $"Phase {phase.Number} (from {Day(phase.From)}): " : "";
            sentences.Add(prefix + Runs(chart, phase));
            var outside = chart.Points.Where(p => p.Phase == phase.Number && p.Outside).ToList();
            if (outside.Count > 0)
            {
                var dates = string.Join(", ", outside.Select(p => Day(p.Date)));
                sentences.Add(outside.Count == 1
                    ? $"{prefix}the value of {dates} is outside the limits: a point this far from the centre line is unlikely to be noise."
                    : $"{prefix}{outside.Count} values are outside the limits ({dates}): points this far from the centre line are unlikely to be noise.");
            }
        }

        var excluded = chart.Points.Count(p => p.Excluded);
        if (excluded > 0)
            sentences.Add(excluded == 1 ? "One value is left out of the calculations; it is still shown." : $"{excluded} values are left out of the calculations; they are still shown.");
        return sentences;
    }

    /// The phase's signal in a few words, for tables and the CSV: what the run rules and the limits found.
    public static string Signal(ChartPhase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        var found = new List<string>();
        if (phase.Runs.UnusuallyLongRun)
            found.Add("unusually long run");
        if (phase.Runs.UnusuallyFewCrossings)
            found.Add("unusually few crossings");
        if (phase.OutsideLimits > 0)
            found.Add(phase.OutsideLimits == 1 ? "1 point outside the limits" : $"{phase.OutsideLimits} points outside the limits");
        if (found.Count == 0)
            return phase.Runs.EnoughData ? "None" : "Not enough data to judge";
        var text = string.Join(" and ", found);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// The centre line's name: the median on a run chart, the mean on a control chart.
    public static string CentreName(ChartKind kind) => kind == ChartKind.Run ? "median" : "mean";

    private static string Runs(Chart chart, ChartPhase phase)
    {
        var runs = phase.Runs;
        var name = chart.Series.Name;
        var centre = CentreName(chart.Kind);
        if (!runs.EnoughData)
            return $"{name} has {Points(runs.UsefulObservations)} off its {centre} so far: at least {AnhojRules.MinimumUsefulPoints} are needed to tell a real change from noise, so there is not enough data to judge.";
        var side = runs.LongestRunSide == RunSide.Above ? "above" : "below";
        var found = new List<string>();
        if (runs.UnusuallyLongRun)
        {
            found.Add(runs.LongestRunIsLatest
                ? $"{name} has been {side} its {centre} for {Points(runs.LongestRun)} in a row: an unusually long run (more than {runs.LongestRunLimit} would be unusual for {Points(runs.UsefulObservations)}), which suggests a real change, not noise."
                : $"{name} was {side} its {centre} for {Points(runs.LongestRun)} in a row, from {Day(runs.LongestRunFrom!.Value)} to {Day(runs.LongestRunTo!.Value)}: an unusually long run (more than {runs.LongestRunLimit} would be unusual for {Points(runs.UsefulObservations)}), which suggests a real change, not noise.");
        }

        if (runs.UnusuallyFewCrossings)
            found.Add($"{name} crossed its {centre} only {Times(runs.Crossings)} in {Points(runs.UsefulObservations)}: fewer than {runs.CrossingsLimit} is unusually few, which suggests a real change, not noise.");
        if (found.Count > 0)
            return string.Join(" ", found);
        return $"{name} varies around its {centre} with no unusually long run (the longest is {Points(runs.LongestRun)}; more than {runs.LongestRunLimit} would be unusual) and enough crossings ({runs.Crossings}; fewer than {runs.CrossingsLimit} would be unusual): the variation looks like noise, not a real change.";
    }

    private static string Points(int count) => count == 1 ? "1 point" : string.Create(CultureInfo.InvariantCulture, $"{count} points");

    private static string Times(int count) => count == 1 ? "once" : string.Create(CultureInfo.InvariantCulture, $"{count} times");

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
