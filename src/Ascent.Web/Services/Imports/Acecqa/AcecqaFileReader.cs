using Ascent.Web.Services.Imports.Ofsted;

namespace Ascent.Web.Services.Imports.Acecqa;

/// One data row of a register file: exactly one of Record and Error is set. RawLine is the row as it was in the file,
/// so that rejected rows can be given back to the user to fix.
internal sealed record AcecqaRowResult(int LineNumber, RegisterRecord? Record, string? Error, string RawLine);

/// Reads ACECQA's national register of education and care services (the CSV export) one row at a time.
/// A bad row becomes an AcecqaRowResult with an Error; a bad file throws AcecqaFileException and yields nothing more.
/// Rows are streamed: a file of any size is never held in memory.
internal static class AcecqaFileReader
{
    /// The export starts with its header, but a title line or two added by hand in a spreadsheet is skipped.
    public const int HeaderSearchLines = 20;

    private const int SniffLength = 8192;
    private const string NotCsv = "The file is not a CSV file";

    public static IEnumerable<AcecqaRowResult> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // Checked here, not inside the iterator, so that a wrong call fails where it is made.
        return ReadFile(stream);
    }

    private static IEnumerable<AcecqaRowResult> ReadFile(Stream stream)
    {
        var head = new byte[SniffLength];
        var headLength = stream.ReadAtLeast(head, SniffLength, throwOnEndOfStream: false);
        CheckIsText(head.AsSpan(0, headLength));

        using var utf8 = new Utf8CheckingStream(head, headLength, stream);
        AcecqaColumns? columns = null;
        var anyContent = false;
        foreach (var row in AcecqaCsvRows.Read(utf8))
        {
            if (columns is null)
            {
                if (row.LineNumber > HeaderSearchLines)
                    throw NoHeader();
                if (IsBlank(row.Cells))
                    continue;
                anyContent = true;
                if (AcecqaColumns.IsHeaderRow(row.Cells))
                    columns = AcecqaColumns.FromHeaderRow(row.Cells, row.LineNumber);
                continue;
            }

            // Empty rows (",,,," from spreadsheets, trailing rows) carry nothing.
            if (!row.EndsInsideQuotes && IsBlank(row.Cells))
                continue;
            if (row.EndsInsideQuotes || row.Cells.Length != columns.Count)
            {
                var message = row.Cells.Length != columns.Count
                    ? $"Line {row.LineNumber} has {row.Cells.Length} cell{(row.Cells.Length == 1 ? "" : "s")} but the header has {columns.Count}: the file may be truncated or not comma-separated"
                    : $"Line {row.LineNumber} ends inside a quoted cell: the file may be truncated or not comma-separated";
                throw new AcecqaFileException(message, row.LineNumber);
            }

            yield return AcecqaRowMapper.Map(row, columns);
        }

        if (columns is null)
            throw anyContent ? NoHeader() : new AcecqaFileException("The file is empty", null);
    }

    /// The type is decided by content, not by name: files get renamed, and spreadsheets save "CSV" in odd ways.
    private static void CheckIsText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8)) // a zip: an XLSX or OpenDocument workbook
            throw new AcecqaFileException(NotCsv + " (a spreadsheet workbook: save it as CSV UTF-8)", null);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new AcecqaFileException("The file is not UTF-8 text (line 1)", 1); // UTF-16, as Excel's "Unicode text"
        if (head.Contains((byte)0))
            throw new AcecqaFileException(NotCsv, null);
    }

    private static AcecqaFileException NoHeader() =>
        new($"No header row with 'ServiceApprovalNumber' found in the first {HeaderSearchLines} lines", null);

    private static bool IsBlank(string[] cells) => cells.All(string.IsNullOrWhiteSpace);
}
