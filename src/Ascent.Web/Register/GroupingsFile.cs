using CsvHelper;

namespace Ascent.Web.Register;

/// One row of an LA's groupings file. A null grouping means the file has no such column: leave it as it is.
/// An empty string means the cell is empty: clear it.
public sealed record GroupingsRow(int LineNumber, string Reference, string? District, string? Ward, string? LocalityPartnership);

public sealed record GroupingsProblem(int LineNumber, string Reason);

/// Reads a CSV of settings and their LA groupings (URN, District, Ward, Locality partnership), as LAs keep them in
/// spreadsheets. Columns are found by header name; only the URN column is required.
public static class GroupingsFile
{
    public const int MaxLength = 300;

    private static readonly string[] ReferenceHeaders = ["urn", "reference", "serviceapprovalnumber", "serviceid"];

    public static (IReadOnlyList<GroupingsRow> Rows, IReadOnlyList<GroupingsProblem> Problems) Read(Stream stream)
    {
        var rows = new List<GroupingsRow>();
        var problems = new List<GroupingsProblem>();
        var options = CsvReaderOptions.Default with { Separator = ',', DetectSeparatorHint = false, HasHeader = false, TrackLineNumbers = true, SkipEmptyLines = true };
        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        if (!reader.Read())
            return (rows, [new GroupingsProblem(1, "The file is empty")]);

        var headers = Enumerable.Range(0, reader.FieldCount).Select(i => Normalise(reader.GetString(i))).ToList();
        var reference = headers.FindIndex(h => ReferenceHeaders.Contains(h));
        var district = headers.IndexOf("district");
        var ward = headers.IndexOf("ward");
        var locality = headers.FindIndex(h => h is "localitypartnership" or "locality");
        if (reference < 0)
            return (rows, [new GroupingsProblem(1, "The first row must name the columns, with one called URN")]);
        if (district < 0 && ward < 0 && locality < 0)
            return (rows, [new GroupingsProblem(1, "The file has no District, Ward or Locality partnership column")]);

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            var line = checked((int)reader.LineNumber);
            string? Cell(int index) => index < 0 ? null : index < reader.FieldCount ? reader.GetString(index).Trim() : "";
            var urn = Cell(reference)!.ToUpperInvariant();
            if (urn.Length == 0)
            {
                problems.Add(new GroupingsProblem(line, "The URN is empty"));
                continue;
            }

            if (seen.TryGetValue(urn, out var first))
            {
                problems.Add(new GroupingsProblem(line, $"URN {urn} is also on line {first}"));
                continue;
            }

            seen[urn] = line;
            var row = new GroupingsRow(line, urn, Cell(district), Cell(ward), Cell(locality));
            var tooLong = new[] { ("District", row.District), ("Ward", row.Ward), ("Locality partnership", row.LocalityPartnership) }
                .FirstOrDefault(c => c.Item2?.Length > MaxLength);
            if (tooLong.Item2 is not null)
                problems.Add(new GroupingsProblem(line, $"{tooLong.Item1} is longer than {MaxLength} characters"));
            else
                rows.Add(row);
        }

        return (rows, problems);
    }

    private static string Normalise(string header) =>
        new([.. header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
