using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Ascent.Web.Services.Imports.Ofsted;

/// The rows of an XLSX workbook's data sheet, streamed by MiniExcel, as text cells like a CSV file's.
internal static class OfstedXlsxRows
{
    private const string NotReadable = "The XLSX file could not be read: it may be damaged or cut short";

    /// Rows of the first sheet with a `Provider URN` header in its first rows (Ofsted's workbooks may open with a
    /// cover or notes sheet), or of the first sheet when none has one. The stream must be seekable and start at 0.
    public static IEnumerable<OfstedSourceRow> Read(Stream xlsx, int headerSearchRows)
    {
        var sheets = Guard(() => MiniExcel.GetSheetNames(xlsx));
        var sheet = sheets.FirstOrDefault(name => HasHeader(xlsx, name, headerSearchRows)) ?? sheets.FirstOrDefault();
        if (sheet is null)
            yield break;

        xlsx.Position = 0;
        using var rows = Guard(() => Query(xlsx, sheet).GetEnumerator());
        for (var rowNumber = 1; Guard(rows.MoveNext); rowNumber++)
        {
            var cells = Cells(rows.Current);
            yield return new OfstedSourceRow(rowNumber, cells, CsvLine(cells));
        }
    }

    private static bool HasHeader(Stream xlsx, string sheet, int headerSearchRows)
    {
        xlsx.Position = 0;
        return Guard(() => Query(xlsx, sheet).Take(headerSearchRows).Any(row => OfstedColumns.IsHeaderRow(Cells(row))));
    }

    private static IEnumerable<IDictionary<string, object?>> Query(Stream xlsx, string sheet) =>
        MiniExcel.Query(xlsx, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>();

    /// MiniExcel names cells by column letter (A, B, … AA) and fills missing cells and rows with null.
    private static string[] Cells(IDictionary<string, object?> row)
    {
        var cells = new string[row.Count];
        foreach (var (column, value) in row)
        {
            var index = ColumnIndex(column);
            if (index < cells.Length)
                cells[index] = Text(value);
        }
        for (var i = 0; i < cells.Length; i++)
            cells[i] ??= "";
        return cells;
    }

    private static int ColumnIndex(string column)
    {
        var index = 0;
        foreach (var letter in column)
            index = (index * 26) + (letter - 'A' + 1);
        return index - 1;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        // A real date cell: written the way Ofsted's CSV files write dates.
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// The cells as a CSV line, so that a rejected row can be downloaded and opened like one from a CSV file.
    private static string CsvLine(string[] cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
                line.Append(',');
            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else
                line.Append(cell);
        }
        return line.ToString();
    }

    /// MiniExcel throws zip, XML and its own exceptions for a workbook it cannot read; the user needs one message.
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OfstedFileException and not OutOfMemoryException)
        {
            throw new OfstedFileException(NotReadable, null);
        }
    }
}
