using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Charts;

/// A measure a setting defines and enters itself ("Children reading with an adult each day", "Accidents a month"),
/// with its values over time, the chart it is drawn on and how many points make its baseline. Exclusions and phase
/// starts are kept on its values.
public sealed class Measure : ISettingOwned
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 1000;

    private readonly List<MeasureValue> _values = [];

    private Measure()
    {
        Name = "";
        Description = "";
    }

    public Measure(Setting setting, string name, string description, ChartKind chart, int? baselinePoints)
    {
        ArgumentNullException.ThrowIfNull(setting);
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        Name = name.Trim();
        Description = description.Trim();
        Chart = chart;
        BaselinePoints = baselinePoints;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public ChartKind Chart { get; private set; }

    public int? BaselinePoints { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<MeasureValue> Values => _values;

    /// The key its chart is known by beside the series other areas give.
    public string SeriesKey => SeriesKeyOf(Id);

    public static string SeriesKeyOf(int measureId) => $"own:{measureId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// The measure behind a series key, or null when the key is another area's series.
    public static int? IdOfSeriesKey(string key) =>
        key.StartsWith("own:", StringComparison.Ordinal) && int.TryParse(key.AsSpan(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public void Describe(string name, string description)
    {
        Name = name.Trim();
        Description = description.Trim();
        Version++;
    }

    public void Draw(ChartKind chart, int? baselinePoints)
    {
        Chart = chart;
        BaselinePoints = baselinePoints is > 0 ? baselinePoints : null;
        Version++;
    }

    /// Records the value of a date, replacing the one already there (its exclusion and phase start are kept).
    public MeasureValue Record(DateOnly date, decimal value, decimal? numerator, decimal? denominator)
    {
        var existing = _values.FirstOrDefault(v => v.Date == date);
        if (existing is not null)
        {
            existing.Change(value, numerator, denominator);
            Version++;
            return existing;
        }

        var added = new MeasureValue(this, date, value, numerator, denominator);
        _values.Add(added);
        Version++;
        return added;
    }

    public bool Remove(DateOnly date)
    {
        var existing = _values.FirstOrDefault(v => v.Date == date);
        if (existing is null)
            return false;
        _values.Remove(existing);
        Version++;
        return true;
    }

    /// Its series with its own controls, so the chart needs nothing more from the database.
    public MeasureSeries ToSeries() => new(SeriesKey, Name, Description, Chart,
        [.. _values.OrderBy(v => v.Date).Select(v => new SeriesPoint(v.Date, v.Value, v.Numerator, v.Denominator))], ToOptions());

    public ChartOptions ToOptions() => new(Chart, BaselinePoints,
        _values.Where(v => v.Excluded).ToDictionary(v => v.Date, v => v.ExclusionReason ?? ""),
        [.. _values.Where(v => v.PhaseStart).Select(v => v.Date).Order()]);
}

/// One value of a setting's own measure. Numerator and denominator are given for a proportion (P chart) or a rate
/// (U chart); the value is then their ratio.
public sealed class MeasureValue : ISettingOwned
{
    private MeasureValue()
    {
    }

    internal MeasureValue(Measure measure, DateOnly date, decimal value, decimal? numerator, decimal? denominator)
    {
        Measure = measure;
        TenantId = measure.TenantId;
        SettingId = measure.SettingId;
        Date = date;
        Change(value, numerator, denominator);
    }

    public int Id { get; private set; }

    public int MeasureId { get; private set; }

    public Measure Measure { get; private set; } = null!;

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public DateOnly Date { get; private set; }

    public decimal Value { get; private set; }

    public decimal? Numerator { get; private set; }

    public decimal? Denominator { get; private set; }

    public bool Excluded => ExclusionReason is not null;

    /// Why the value is left out of the centre line, limits and run rules (it stays on the chart), or null.
    public string? ExclusionReason { get; private set; }

    /// A new phase starts at this value.
    public bool PhaseStart { get; private set; }

    internal void Change(decimal value, decimal? numerator, decimal? denominator)
    {
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
    }

    public void Exclude(string? reason) => ExclusionReason = reason?.Trim();

    public void StartPhase(bool start) => PhaseStart = start;
}
