using CsvHelper;

namespace Ascent.Web.Services.Instruments;

/// A problem with one line of an uploaded file: nothing from the file is saved while there is one.
public sealed record TransferProblem(int LineNumber, string Reason);

/// One data line of a CSV, its cells found by column name.
public sealed class CsvLine(int lineNumber, IReadOnlyDictionary<string, string> cells)
{
    public int LineNumber { get; } = lineNumber;

    /// The trimmed cell of a column (by its normalised name), or "" when the file has no such column or cell.
    public string this[string column] => cells.GetValueOrDefault(column, "");
}

/// Reads the CSV files of licensed texts, of past audits and of a setting's own measures (MeasureFile) the way
/// Ascent reads every CSV it is given (the groupings file reads the same way, with its own copy): UTF-8 only, a header row naming the columns (matched without case, spaces or punctuation), and
/// a quote never closed refused with its line. Columns may come in any order; extra ones are ignored.
public static class AuditImportCsv
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public static (IReadOnlyList<string> Columns, IReadOnlyList<CsvLine> Lines, IReadOnlyList<TransferProblem> Problems) Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (FirstInvalidUtf8(bytes) is { } bad)
            return ([], [], [new TransferProblem(1 + bytes[..bad].Count((byte)'\n'), "The file is not UTF-8 text: save it from your spreadsheet as \"CSV UTF-8\" and upload it again")]);
        buffer.Position = 0;

        var problems = new List<TransferProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            DetectSeparatorHint = false,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            OnMalformedRecord = record => problems.Add(new TransferProblem(checked((int)record.LineNumber), record.Reason == CsvMalformedReason.UnterminatedQuote
                ? "A quoted cell starting on this line is never closed: check the quotation marks"
                : "This line is not valid CSV: check the quotation marks")),
        };
        using var reader = CsvReader.Create(buffer, options, leaveOpen: true);
        if (!reader.Read())
            return ([], [], [new TransferProblem(1, "The file is empty")]);

        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => Normalise(reader.GetString(i))).ToList();
        var lines = new List<CsvLine>();
        while (reader.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count && i < reader.FieldCount; i++)
            {
                if (columns[i].Length > 0)
                    cells.TryAdd(columns[i], reader.GetString(i).Trim());
            }

            if (cells.Values.All(v => v.Length == 0))
                continue;
            lines.Add(new CsvLine(checked((int)reader.LineNumber), cells));
        }

        return (columns, lines, problems);
    }

    /// A column's name as matched: lower-case letters and digits only ("Not applicable allowed" is "notapplicableallowed").
    public static string Normalise(string header) =>
        new([.. header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[Math.Min(Math.Max(bytes.Length, 1), 64 * 1024)];
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
}
