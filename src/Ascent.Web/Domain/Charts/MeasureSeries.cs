namespace Ascent.Web.Domain.Charts;

/// One measure over time for one setting, ready to chart: a Leuven round's mean involvement, an environment
/// rating's total, a questionnaire's mean or a measure the setting enters itself. Key is stable ("leuven:involvement:
/// room-3", "audit:ecers-3:total", "own:17") so a chart's controls (baseline, exclusions, phases) can be kept by it.
/// Options are the series' own controls when it keeps them itself (a setting's own measure keeps them on the measure
/// and its values); null for the others, whose controls are kept by key.
public sealed record MeasureSeries(string Key, string Name, string Description, ChartKind DefaultChart, IReadOnlyList<SeriesPoint> Points, ChartOptions? Options = null);

/// A value at a date. Numerator and Denominator are given where the value is a proportion or a rate (a P or U
/// chart needs each point's own denominator); Value is then Numerator / Denominator.
public sealed record SeriesPoint(DateOnly Date, decimal Value, decimal? Numerator = null, decimal? Denominator = null);

public enum ChartKind
{
    /// Median line and the Anhøj rules: for any measure.
    Run,

    /// Individuals chart: one value per point, limits from the mean moving range.
    I,

    /// Proportions with their own denominators (the share of children in the red band).
    P,

    /// Rates per unit with their own denominators.
    U,

    /// Counts in equal opportunities.
    C,
}
