using System.Globalization;
using System.Text;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Infrastructure;

namespace Ascent.Web.Services.Charts;

/// Charts' tables as CSV, one row per point: the point, its phase's centre line and limits, whether it is outside
/// them, and its phase's run rules (the same on every row of the phase, so a spreadsheet can filter by phase). Used
/// by each chart's download and by `export charts`.
public static class ChartCsv
{
    public static readonly string[] Columns =
    [
        "Measure", "Phase", "Date", "Value", "Centre line", "Lower limit", "Upper limit", "Outside limits",
        "Useful observations", "Longest run", "Longest run limit", "Crossings", "Crossings limit", "Signal",
        "Numerator", "Denominator", "Left out because",
    ];

    public static async Task<int> WriteAsync(IEnumerable<SettingChart> charts, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(charts);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(string.Join(',', Columns.Select(Csv.Field)) + "\r\n");
        var rows = 0;
        foreach (var chart in charts)
        {
            foreach (var point in chart.Chart.Points)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var phase = chart.Chart.Phases[point.Phase - 1];
                var runs = phase.Runs;
                string[] cells =
                [
                    Csv.Field(chart.Name), Whole(point.Phase), point.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ChartNumbers.Exact(point.Value), ChartNumbers.Exact(point.Centre), ChartNumbers.Exact(point.Lower), ChartNumbers.Exact(point.Upper),
                    point.Outside ? "Yes" : "No", Whole(runs.UsefulObservations), Whole(runs.LongestRun), Whole(runs.LongestRunLimit),
                    Whole(runs.Crossings), Whole(runs.CrossingsLimit), Csv.Field(ChartSummary.Signal(phase)),
                    ChartNumbers.Exact(point.Numerator), ChartNumbers.Exact(point.Denominator), Csv.Field(point.ExclusionReason),
                ];
                await writer.WriteAsync(string.Join(',', cells) + "\r\n");
                rows++;
            }
        }

        return rows;
    }

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
