using System.Text;
using CsvHelper;

namespace Ascent.Web.Services.Imports.Ofsted;

/// The rows of a CSV file, streamed: one record in memory at a time.
internal static class OfstedCsvRows
{
    public static IEnumerable<OfstedSourceRow> Read(Stream utf8)
    {
        var unterminatedLine = 0L;
        var options = CsvReaderOptions.Default with
        {
            // Ofsted's files are comma-separated; guessing another separator would hide a wrong file behind odd errors.
            Separator = ',',
            DetectSeparatorHint = false,
            HasHeader = false, // title lines come first: the header is found by OfstedFileReader
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            // A quote never closed runs to the end of the file: the file was cut off part-way through a row.
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                    unterminatedLine = record.LineNumber;
            },
        };

        using var reader = CsvReader.Create(utf8, options, leaveOpen: true);
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = reader.GetString(i);
            var line = checked((int)reader.LineNumber);
            yield return new OfstedSourceRow(line, cells, Encoding.UTF8.GetString(reader.RawRecord), line == unterminatedLine);
        }
    }
}
