using System.Text;
using Ascent.Web.Services.Imports.Ofsted;
using CsvHelper;

namespace Ascent.Web.Services.Imports.Acecqa;

/// One row of a file, before mapping: its physical line, its cells and its text as in the file.
internal readonly record struct AcecqaSourceRow(int LineNumber, string[] Cells, string RawLine, bool EndsInsideQuotes);

/// The rows of a CSV file, streamed: one record in memory at a time.
internal static class AcecqaCsvRows
{
    /// Reads through the UTF-8 check the Ofsted reader uses, which stops at the first byte that is not UTF-8.
    public static IEnumerable<AcecqaSourceRow> Read(Utf8CheckingStream utf8)
    {
        var unterminatedLine = 0L;
        var options = CsvReaderOptions.Default with
        {
            // The register is comma-separated; guessing another separator would hide a wrong file behind odd errors.
            Separator = ',',
            DetectSeparatorHint = false,
            HasHeader = false, // the header is found by AcecqaFileReader
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            // A quote never closed runs to the end of the file: the file was cut off part-way through a row.
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                    unterminatedLine = record.LineNumber;
            },
        };

        using var reader = Checked(() => CsvReader.Create(utf8, options, leaveOpen: true));
        while (Checked(reader.Read))
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = reader.GetString(i);
            var line = checked((int)reader.LineNumber);
            yield return new AcecqaSourceRow(line, cells, Encoding.UTF8.GetString(reader.RawRecord), line == unterminatedLine);
        }
    }

    /// The shared UTF-8 check reports through the Ofsted reader's exception; here it is a problem with an ACECQA file.
    private static T Checked<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (OfstedFileException error)
        {
            throw new AcecqaFileException(error.Message, error.LineNumber);
        }
    }
}
