namespace Ascent.Web.Domain.Charts;

/// How to chart a series: which chart, how many points of each phase make its baseline (the centre line and limits
/// are then frozen at what those points give), which points are left out of the computations (they stay on the
/// chart, marked, with the reason), and the dates new phases start on (each phase has its own centre line, limits
/// and run rules).
public sealed record ChartOptions(
    ChartKind Kind,
    int? BaselinePoints = null,
    IReadOnlyDictionary<DateOnly, string>? Exclusions = null,
    IReadOnlyList<DateOnly>? PhaseStarts = null)
{
    public const int MaxBaselinePoints = 500;
    public const int ReasonMaxLength = 200;

    private static readonly IReadOnlyDictionary<DateOnly, string> NoneExcluded = new Dictionary<DateOnly, string>();

    public IReadOnlyDictionary<DateOnly, string> Excluded => Exclusions ?? NoneExcluded;

    public IReadOnlyList<DateOnly> Phases => PhaseStarts ?? [];
}

/// One point as charted: its phase, the centre line and limits that apply to it (null where a run chart has none, or
/// the phase has nothing to compute them from), whether it is outside them, and whether it was left out.
public sealed record ChartedPoint(
    DateOnly Date,
    decimal Value,
    decimal? Numerator,
    decimal? Denominator,
    int Phase,
    decimal? Centre,
    decimal? Lower,
    decimal? Upper,
    bool Outside,
    string? ExclusionReason,
    bool InBaseline)
{
    public bool Excluded => ExclusionReason is not null;
}

/// A phase: from its first to its last point, its centre line, how many points made its baseline and whether the
/// centre and limits are frozen at them, what the run rules found and how many points are outside the limits.
public sealed record ChartPhase(int Number, DateOnly From, DateOnly To, decimal? Centre, int BaselineUsed, bool Frozen, RunAnalysis Runs, int OutsideLimits);

public sealed record Chart(MeasureSeries Series, ChartKind Kind, ChartOptions Options, IReadOnlyList<ChartPhase> Phases, IReadOnlyList<ChartedPoint> Points, string? Problem)
{
    public bool IsControlChart => Kind != ChartKind.Run;

    public bool Signal => Phases.Any(p => p.Runs.Signal || p.OutsideLimits > 0);
}
