using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Charts;

/// The controls of a chart whose series another area gives (an audit's totals, a screening's means), kept by the
/// setting and the series key: another chart kind than the series' own, a baseline, exclusions and phase starts.
/// A setting's own measures keep theirs on the measure and its values.
public sealed class ChartControls : ISettingOwned
{
    public const int SeriesKeyMaxLength = 200;

    private readonly List<ChartMark> _marks = [];

    private ChartControls()
    {
        SeriesKey = "";
    }

    public ChartControls(Setting setting, string seriesKey)
    {
        ArgumentNullException.ThrowIfNull(setting);
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        SeriesKey = seriesKey;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public string SeriesKey { get; private set; }

    /// Another chart than the series' own, or null.
    public ChartKind? Kind { get; private set; }

    public int? BaselinePoints { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ChartMark> Marks => _marks;

    public void Draw(ChartKind? kind, int? baselinePoints)
    {
        Kind = kind;
        BaselinePoints = baselinePoints is > 0 ? baselinePoints : null;
        Version++;
    }

    public void Exclude(DateOnly date, string? reason)
    {
        _marks.RemoveAll(m => m.Kind == ChartMarkKind.Exclusion && m.Date == date);
        if (reason is not null)
            _marks.Add(new ChartMark(this, date, ChartMarkKind.Exclusion, reason.Trim()));
        Version++;
    }

    public void StartPhase(DateOnly date, bool start)
    {
        _marks.RemoveAll(m => m.Kind == ChartMarkKind.PhaseStart && m.Date == date);
        if (start)
            _marks.Add(new ChartMark(this, date, ChartMarkKind.PhaseStart, ""));
        Version++;
    }

    public ChartOptions ToOptions(ChartKind seriesKind) => new(Kind ?? seriesKind, BaselinePoints,
        _marks.Where(m => m.Kind == ChartMarkKind.Exclusion).ToDictionary(m => m.Date, m => m.Reason),
        [.. _marks.Where(m => m.Kind == ChartMarkKind.PhaseStart).Select(m => m.Date).Order()]);
}

/// A point left out (with its reason) or a phase start on a chart's controls.
public sealed class ChartMark : ISettingOwned
{
    private ChartMark()
    {
        Reason = "";
    }

    internal ChartMark(ChartControls controls, DateOnly date, ChartMarkKind kind, string reason)
    {
        Controls = controls;
        TenantId = controls.TenantId;
        SettingId = controls.SettingId;
        Date = date;
        Kind = kind;
        Reason = reason;
    }

    public int Id { get; private set; }

    public int ChartControlsId { get; private set; }

    public ChartControls Controls { get; private set; } = null!;

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public DateOnly Date { get; private set; }

    public ChartMarkKind Kind { get; private set; }

    public string Reason { get; private set; }
}

public enum ChartMarkKind
{
    Exclusion,
    PhaseStart,
}

/// A change made at a setting, shown on its charts at its date ("a goal started", "a training day"): on one chart
/// (SeriesKey) or, when that is null, on every chart of the setting.
public sealed class ChartAnnotation : ISettingOwned
{
    public const int TextMaxLength = 200;

    private ChartAnnotation()
    {
        Text = "";
        AddedBy = "";
    }

    public ChartAnnotation(Setting setting, DateOnly date, string text, string? seriesKey, string addedBy, DateTimeOffset addedAt)
    {
        ArgumentNullException.ThrowIfNull(setting);
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        Date = date;
        Text = text.Trim();
        SeriesKey = seriesKey;
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public DateOnly Date { get; private set; }

    public string Text { get; private set; }

    public string? SeriesKey { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
