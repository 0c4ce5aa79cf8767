namespace Ascent.Web.Services.Imports.Ofsted;

/// Reads Ofsted's "Childcare providers and inspections" files (CSV or XLSX) one row at a time.
/// A bad row becomes an OfstedRowResult with an Error; a bad file throws OfstedFileException and yields nothing more.
/// Rows are streamed: a file of any size is never held in memory.
public static class OfstedFileReader
{
    /// The header must be within this many lines: Ofsted puts a few title lines above it.
    public const int HeaderSearchLines = 20;

    private const int SniffLength = 8192;
    private const string NotCsvOrXlsx = "The file is not a CSV or XLSX file";

    public static IEnumerable<OfstedRowResult> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // Checked here, not inside the iterator, so that a wrong call fails where it is made.
        return ReadFile(stream, fileName ?? "");
    }

    private static IEnumerable<OfstedRowResult> ReadFile(Stream stream, string fileName)
    {
        var start = stream.CanSeek ? stream.Position : -1;
        var head = new byte[SniffLength];
        var headLength = stream.ReadAtLeast(head, SniffLength, throwOnEndOfStream: false);
        if (IsXlsx(head.AsSpan(0, headLength), fileName))
        {
            foreach (var result in ReadXlsx(stream, fileName, start, head, headLength))
                yield return result;
            yield break;
        }

        using var utf8 = new Utf8CheckingStream(head, headLength, stream);
        foreach (var result in Rows(OfstedCsvRows.Read(utf8), fileName, checkCellCounts: true))
            yield return result;
    }

    /// The type is decided by content, not by name: files get renamed, and Excel saves "CSV" in odd ways.
    /// Throws for content that is neither an XLSX workbook nor UTF-8 text.
    private static bool IsXlsx(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith("PK\u0003\u0004"u8)) // "PK": a zip
        {
            // An OpenDocument spreadsheet (Ofsted's own .ods downloads) is a zip too; it says so in its first entry.
            if (head.IndexOf("application/vnd.oasis.opendocument"u8) is >= 0 and < 100)
                throw new OfstedFileException(NotCsvOrXlsx + " (an OpenDocument spreadsheet: save it as XLSX or CSV)", null);
            return true;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new OfstedFileException("The file is not UTF-8 text (line 1)", 1); // UTF-16, as Excel's "Unicode text"
        if (head.Contains((byte)0))
        {
            var hint = fileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) ? " (an old .xls workbook: save it as XLSX or CSV)" : "";
            throw new OfstedFileException(NotCsvOrXlsx + hint, null);
        }
        return false;
    }

    private static IEnumerable<OfstedRowResult> ReadXlsx(Stream stream, string fileName, long start, byte[] head, int headLength)
    {
        // A workbook is a zip, read from its end: MiniExcel needs to seek. A stream that cannot is copied to a temporary file.
        FileStream? copy = null;
        try
        {
            Stream xlsx;
            if (start == 0)
            {
                stream.Position = 0;
                xlsx = stream;
            }
            else
            {
                copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
                copy.Write(head, 0, headLength);
                stream.CopyTo(copy);
                copy.Position = 0;
                xlsx = copy;
            }

            foreach (var result in Rows(OfstedXlsxRows.Read(xlsx, HeaderSearchLines), fileName, checkCellCounts: false))
                yield return result;
        }
        finally
        {
            copy?.Dispose();
        }
    }

    private static IEnumerable<OfstedRowResult> Rows(IEnumerable<OfstedSourceRow> rows, string fileName, bool checkCellCounts)
    {
        OfstedColumns? columns = null;
        var anyContent = false;
        foreach (var row in rows)
        {
            if (columns is null)
            {
                if (row.LineNumber > HeaderSearchLines)
                    throw NoHeader();
                if (IsBlank(row.Cells))
                    continue;
                anyContent = true;
                // Title lines above the header are skipped.
                if (OfstedColumns.IsHeaderRow(row.Cells))
                    columns = OfstedColumns.FromHeaderRow(row.Cells, row.LineNumber);
                continue;
            }

            // Empty rows (",,,," from spreadsheets, trailing rows) carry nothing.
            if (!row.EndsInsideQuotes && IsBlank(row.Cells))
                continue;
            if (row.EndsInsideQuotes || (checkCellCounts && row.Cells.Length != columns.Count))
            {
                var message = row.Cells.Length != columns.Count
                    ? $"Line {row.LineNumber} has {row.Cells.Length} cell{(row.Cells.Length == 1 ? "" : "s")} but the header has {columns.Count}: the file may be truncated or not comma-separated"
                    : $"Line {row.LineNumber} ends inside a quoted cell: the file may be truncated or not comma-separated";
                throw new OfstedFileException(message, row.LineNumber);
            }

            yield return OfstedRowMapper.Map(row, columns, fileName);
        }

        if (columns is null)
            throw anyContent ? NoHeader() : new OfstedFileException("The file is empty", null);
    }

    private static OfstedFileException NoHeader() =>
        new($"No header row with 'Provider URN' found in the first {HeaderSearchLines} lines", null);

    private static bool IsBlank(string[] cells) => cells.All(string.IsNullOrWhiteSpace);
}
