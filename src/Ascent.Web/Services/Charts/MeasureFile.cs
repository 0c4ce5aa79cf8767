using System.Globalization;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Services.Instruments;

namespace Ascent.Web.Services.Charts;

/// One line of a measures file, read and checked on its own. The value is checked against its measure's chart
/// when the file is imported (MeasureImport), since the chart may be the measure's already in Ascent.
public sealed record MeasureRow(int LineNumber, string Urn, string Measure, DateOnly Date, decimal? Value, decimal? Numerator, decimal? Denominator,
    ChartKind? Chart, int? BaselinePoints, string? ExclusionReason, bool PhaseStart);

public sealed record MeasureProblem(int LineNumber, string Reason);

/// Reads a CSV of a setting's own measure values: URN, Measure, Date, Value, and optionally Numerator, Denominator,
/// Chart (run, i, p, u or c), Baseline points, Exclude (the reason, or Y) and Phase (Y where a new phase starts).
/// Columns are found by their header; every line that cannot be used is listed with its number and reason.
public static class MeasureFile
{
    public const string DefaultExclusionReason = "Left out in the imported file";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    public static (IReadOnlyList<MeasureRow> Rows, IReadOnlyList<MeasureProblem> Problems) Read(Stream stream, bool urnRequired = true)
    {
        var rows = new List<MeasureRow>();
        var (headers, lines, unreadable) = AuditImportCsv.Read(stream);
        var problems = unreadable.Select(p => new MeasureProblem(p.LineNumber, p.Reason)).ToList();
        if (headers.Count == 0)
            return (rows, problems);
        string? Column(params string[] names) => names.FirstOrDefault(headers.Contains);
        var urn = Column("urn");
        var measure = Column("measure");
        var date = Column("date");
        var value = Column("value");
        var numerator = Column("numerator");
        var denominator = Column("denominator");
        var chart = Column("chart");
        var baseline = Column("baselinepoints", "baseline");
        var exclude = Column("exclude", "excluded");
        var phase = Column("phase", "phasestart", "newphase");
        // A proportion or rate may be given by its numerator and denominator alone: Value is then worked out.
        var missing = new[] { ("URN", urn, urnRequired), ("Measure", measure, true), ("Date", date, true), ("Value", value, numerator is null || denominator is null) }
            .Where(c => c.Item2 is null && c.Item3).Select(c => c.Item1).ToList();
        if (missing.Count > 0)
            return (rows, [new MeasureProblem(1, $"The first row must name the columns; it has no {string.Join(", ", missing)} column")]);

        var seen = new Dictionary<(string, string, DateOnly), int>();
        foreach (var cells in lines)
        {
            var line = cells.LineNumber;
            string Cell(string? column) => column is null ? "" : cells[column];
            var problem = ReadLine(line, Cell(urn).ToUpperInvariant(), Cell(measure), Cell(date), Cell(value), Cell(numerator), Cell(denominator),
                Cell(chart), Cell(baseline), Cell(exclude), Cell(phase), urnRequired, out var row);
            if (problem is null && seen.TryGetValue((row!.Urn, row.Measure.ToUpperInvariant(), row.Date), out var first))
                problem = $"{row.Measure} already has a value for {ChartSummary.Day(row.Date)} on line {first}";
            if (problem is not null)
            {
                problems.Add(new MeasureProblem(line, problem));
                continue;
            }

            seen[(row!.Urn, row.Measure.ToUpperInvariant(), row.Date)] = line;
            rows.Add(row);
        }

        if (rows.Count == 0 && problems.Count == 0)
            problems.Add(new MeasureProblem(1, "The file has no values under its headings"));
        return (rows, problems);
    }

    private static string? ReadLine(int line, string urn, string measure, string date, string value, string numerator, string denominator,
        string chart, string baseline, string exclude, string phase, bool urnRequired, out MeasureRow? row)
    {
        row = null;
        if (urnRequired && urn.Length == 0)
            return "The URN is empty";
        if (measure.Length == 0)
            return "The measure has no name";
        if (measure.Length > Measure.NameMaxLength)
            return $"The measure's name must be {Measure.NameMaxLength} characters or fewer";
        if (!DateOnly.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return $"'{LicensedTextsFile.Shorten(date)}' is not a date: write it as 2026-11-23";
        var kind = MeasureValueRules.ParseKind(chart);
        if (kind is null)
            return $"'{LicensedTextsFile.Shorten(chart)}' is not a chart: write run, i, p, u or c";
        int? points = null;
        if (baseline.Length > 0)
        {
            if (!int.TryParse(baseline, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > ChartOptions.MaxBaselinePoints)
                return $"Baseline points must be a whole number from 1 to {ChartOptions.MaxBaselinePoints}";
            points = n;
        }

        decimal? Number(string text, out bool bad)
        {
            bad = text.Length > 0 && !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            return text.Length == 0 || bad ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        var v = Number(value, out var badValue);
        var num = Number(numerator, out var badNumerator);
        var den = Number(denominator, out var badDenominator);
        if (badValue || badNumerator || badDenominator)
            return $"'{LicensedTextsFile.Shorten(badValue ? value : badNumerator ? numerator : denominator)}' is not a number";
        if (v is null && (num is null || den is null))
            return "Enter the value, or the numerator and the denominator";
        if (exclude.Length > ChartOptions.ReasonMaxLength)
            return $"The reason for leaving a value out must be {ChartOptions.ReasonMaxLength} characters or fewer";
        var reason = exclude.Length == 0 || IsNo(exclude) ? null : IsYes(exclude) ? DefaultExclusionReason : exclude;
        if (phase.Length > 0 && !IsYes(phase) && !IsNo(phase))
            return "Phase must be Y where a new phase starts, or empty";
        row = new MeasureRow(line, urn, measure, day, v, num, den, chart.Length == 0 ? null : kind, points, reason, IsYes(phase));
        return null;
    }

    private static bool IsYes(string text) => text.ToUpperInvariant() is "Y" or "YES" or "TRUE" or "1";

    private static bool IsNo(string text) => text.ToUpperInvariant() is "N" or "NO" or "FALSE" or "0";
}
