using CsvHelper;

namespace Ascent.Web.Services.Settings;

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
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        // Like the Ofsted import: a file that is not UTF-8 (a spreadsheet's "CSV" in Windows-1252, "Unicode text")
        // would be read with "�" in place of its accents, so it is refused with the line of its first bad byte.
        if (FirstInvalidUtf8(bytes) is { } bad)
            return ([], [new GroupingsProblem(1 + bytes[..bad].Count((byte)'\n'), "The file is not UTF-8 text: save it from your spreadsheet as \"CSV UTF-8\" and upload it again")]);
        buffer.Position = 0;
        return ReadRows(buffer);
    }

    private static (IReadOnlyList<GroupingsRow> Rows, IReadOnlyList<GroupingsProblem> Problems) ReadRows(MemoryStream utf8)
    {
        var rows = new List<GroupingsRow>();
        var problems = new List<GroupingsProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            DetectSeparatorHint = false,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            // A quote never closed swallows every line after it into one cell: refuse the file, naming the line.
            OnMalformedRecord = record => problems.Add(new GroupingsProblem(checked((int)record.LineNumber), record.Reason == CsvMalformedReason.UnterminatedQuote
                ? "A quoted cell starting on this line is never closed: check the quotation marks"
                : "This line is not valid CSV: check the quotation marks")),
        };
        using var reader = CsvReader.Create(utf8, options, leaveOpen: true);
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

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[Math.Min(bytes.Length, 64 * 1024)];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData)
                return offset;
            if (status == System.Buffers.OperationStatus.Done)
                return null;
        }

        return null;
    }

    private static string Normalise(string header) =>
        new([.. header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
