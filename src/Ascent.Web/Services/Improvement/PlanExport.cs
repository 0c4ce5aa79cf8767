using System.Globalization;
using System.Text;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Infrastructure;
using MiniExcelLibs;

namespace Ascent.Web.Services.Improvement;

/// The plan's steps as a spreadsheet, one row per step with its goal's columns beside it, for a setting that tracks
/// its actions in Excel. A goal with no steps yet still has a row, so that no goal goes missing from the list.
public static class PlanExport
{
    public static readonly string[] Columns =
    [
        "Goal", "Area", "Issue", "Priority", "Status", "Success measure", "Goal by when", "Step", "Who", "Step by when", "Step done",
    ];

    public static List<object?[]> Rows(IReadOnlyList<PlanGoal> goals, FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var rows = new List<object?[]>();
        foreach (var goal in goals)
        {
            object?[] goalColumns =
            [
                goal.Outcome, PlanText.Area(goal, frameworks), goal.Issue, PlanText.Priority(goal.Priority), PlanText.Status(goal.Status),
                goal.SuccessMeasure, Iso(goal.ByWhen),
            ];
            var steps = goal.Steps.OrderBy(s => s.Position).ToList();
            if (steps.Count == 0)
                rows.Add([.. goalColumns, null, null, null, null]);
            foreach (var step in steps)
                rows.Add([.. goalColumns, step.Text, step.Owner, Iso(step.DueOn), step.Done ? "Yes" : "No"]);
        }

        return rows;
    }

    public static async Task WriteAsync(IReadOnlyList<PlanGoal> goals, FrameworkRegistry frameworks, string format, Stream output, CancellationToken cancellationToken)
    {
        var rows = Rows(goals, frameworks);
        if (format == "xlsx")
        {
            var sheet = rows.Select(row => Columns.Select((column, i) => (column, row[i])).ToDictionary(c => c.column, c => c.Item2));
            await output.SaveAsAsync(sheet, sheetName: "Improvement plan", cancellationToken: cancellationToken);
            return;
        }

        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(string.Join(',', Columns.Select(Csv.Field)) + "\r\n");
        foreach (var row in rows)
            await writer.WriteAsync(string.Join(',', row.Select(v => Csv.Field(Convert.ToString(v, CultureInfo.InvariantCulture)))) + "\r\n");
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
