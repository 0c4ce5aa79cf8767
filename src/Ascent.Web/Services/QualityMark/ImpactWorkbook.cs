using System.Globalization;
using Ascent.Web.Domain.QualityMark;
using CsvHelper;
using MiniExcelLibs;

namespace Ascent.Web.Services.QualityMark;

/// One table of the impact report as rows of plain values: counts and percentages as numbers, for a spreadsheet.
public sealed record ImpactSheet(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// The impact report as a workbook (one sheet per table, then the notes; numbers as numbers) and as one CSV file
/// (every table, a row per group and measure, with a Table column), for a cabinet report or the LA's own analysis.
public static class ImpactWorkbook
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] CsvColumns =
        ["Table", "Group", "Grade", "Settings", "Measure", "Count", "Out of", "Percent", "Too small to compare"];

    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public const string GradesTable = "Grades at the date";
    public const string ImprovementTable = "Improvement since the previous inspection";
    public const string RenewedTable = "Renewed framework evaluation areas";
    public const string NotesTable = "Notes";

    public static string FileName(string localAuthority, DateOnly at, string extension)
    {
        var name = new string([.. localAuthority.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
        return string.Create(CultureInfo.InvariantCulture, $"quality-mark-impact-{name}-{at:yyyy-MM-dd}.{extension}");
    }

    public static List<ImpactSheet> Sheets(ImpactTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var grades = tables.Grades
            .SelectMany(r => new[] { (r.Name, Group: "Accredited", Figures: r.Accredited), (r.Name, Group: "Other settings", Figures: r.Other) })
            .Select(r => new object?[]
            {
                r.Name, r.Group, r.Figures.Settings, r.Figures.Outstanding.Of, r.Figures.Outstanding.Count, Percent(r.Figures.Outstanding),
                r.Figures.GoodOrOutstanding.Count, Percent(r.Figures.GoodOrOutstanding), r.Figures.LatestWithoutOverallGrade,
                r.Figures.NotInspected, YesNo(r.Figures.Outstanding.TooSmallToCompare),
            });
        var improvement = tables.Improvement.Rows
            .SelectMany(r => new[] { (r.AreaName, Group: "Accredited", Figures: r.Accredited), (r.AreaName, Group: "Other settings", Figures: r.Other) })
            .Select(r => new object?[]
            {
                r.AreaName, r.Group, r.Figures.Improved.Of, r.Figures.Improved.Count, Percent(r.Figures.Improved),
                r.Figures.ImprovedByTwo.Count, Percent(r.Figures.ImprovedByTwo), YesNo(r.Figures.Improved.TooSmallToCompare),
            });
        var renewed = tables.RenewedAreas
            .SelectMany(a => a.Grades.SelectMany(g => new[] { (a.AreaName, g.GradeLabel, Group: "Accredited", Share: g.Accredited), (a.AreaName, g.GradeLabel, Group: "Other settings", Share: g.Other) }))
            .Select(r => new object?[] { r.AreaName, r.GradeLabel, r.Group, r.Share.Of, r.Share.Count, Percent(r.Share), YesNo(r.Share.TooSmallToCompare) });
        return
        [
            new("Grades", ["Sector", "Settings", "Number of settings", "Latest inspection graded", "Outstanding", "Outstanding %", "Good or outstanding", "Good or outstanding %", "Latest inspection without an overall grade", "Not inspected", "Too small to compare"], [.. grades]),
            new("Improvement", ["Judgement area", "Settings", "Inspections compared", "Improved", "Improved %", "Improved by two grades or more", "Improved by two grades or more %", "Too small to compare"], [.. improvement]),
            new("Renewed framework", ["Evaluation area", "Grade", "Settings", "Graded in the area", "Given this grade", "Given this grade %", "Too small to compare"], [.. renewed]),
            new(NotesTable, ["Note"], [.. tables.Notes.Select(n => new object?[] { n })]),
        ];
    }

    public static async Task WriteXlsxAsync(ImpactTables tables, Stream output, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in Sheets(tables))
        {
            // A header row even when a table is empty, so each sheet says what it would hold.
            IEnumerable<Dictionary<string, object?>> rows = sheet.Rows.Count == 0
                ? [sheet.Columns.ToDictionary(c => c, _ => (object?)null)]
                : sheet.Rows.Select(row => sheet.Columns.Select((c, i) => (c, row[i])).ToDictionary(p => p.c, p => p.Item2));
            sheets[sheet.Name] = rows.ToList();
        }

        await output.SaveAsAsync(sheets, cancellationToken: cancellationToken);
    }

    /// Every cell of the three tables as one row (which table, group, grade, accredited or other, the measure, the
    /// count, out of how many, the percentage, whether too small), then each note under the table "Notes".
    public static async Task WriteCsvAsync(ImpactTables tables, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        await using var csv = CsvWriter.Create(output, CsvOptions, leaveOpen: true);
        csv.WriteHeader(CsvColumns);
        foreach (var row in CsvRows(tables))
            await csv.WriteRecordAsync([.. row.Select(v => v ?? "")], cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }

    private static IEnumerable<string?[]> CsvRows(ImpactTables tables)
    {
        foreach (var row in tables.Grades)
        {
            foreach (var (group, figures) in new[] { ("Accredited", row.Accredited), ("Other settings", row.Other) })
            {
                yield return Cell(GradesTable, row.Name, null, group, "Outstanding", figures.Outstanding);
                yield return Cell(GradesTable, row.Name, null, group, "Good or outstanding", figures.GoodOrOutstanding);
            }
        }

        foreach (var row in tables.Improvement.Rows)
        {
            foreach (var (group, figures) in new[] { ("Accredited", row.Accredited), ("Other settings", row.Other) })
            {
                yield return Cell(ImprovementTable, row.AreaName, null, group, "Improved", figures.Improved);
                yield return Cell(ImprovementTable, row.AreaName, null, group, "Improved by two grades or more", figures.ImprovedByTwo);
            }
        }

        foreach (var area in tables.RenewedAreas)
        {
            foreach (var grade in area.Grades)
            {
                yield return Cell(RenewedTable, area.AreaName, grade.GradeLabel, "Accredited", "Given this grade", grade.Accredited);
                yield return Cell(RenewedTable, area.AreaName, grade.GradeLabel, "Other settings", "Given this grade", grade.Other);
            }
        }

        foreach (var note in tables.Notes)
            yield return [NotesTable, null, null, null, note, null, null, null, null];
    }

    private static string?[] Cell(string table, string group, string? grade, string settings, string measure, Share share) =>
    [
        table, group, grade, settings, measure, Number(share.Count), Number(share.Of),
        Percent(share)?.ToString("0.0", CultureInfo.InvariantCulture), YesNo(share.TooSmallToCompare),
    ];

    /// The percentage to one decimal place, or nothing for an empty group (0 of 0 is not 0%).
    public static double? Percent(Share share) => share.Percent is { } p ? Math.Round(p, 1, MidpointRounding.AwayFromZero) : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "Yes" : "No";
}
