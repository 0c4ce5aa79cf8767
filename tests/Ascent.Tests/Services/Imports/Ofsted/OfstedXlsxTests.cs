using System.IO.Compression;
using Ascent.Web.Services.Imports.Ofsted;
using MiniExcelLibs;
using static Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Services.Imports.Ofsted;

/// Ofsted sometimes publishes XLSX: the same columns, with real number and date cells.
public sealed class OfstedXlsxTests
{
    [Fact]
    public void Read_WhenFileIsXlsx_ReadsRowsWithTheirRowNumbers()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            Cells("Childcare providers and inspections as at 31 August 2021"),
            Cells(),
            Cells([.. Header2021]),
            Cells(Row(("Provider URN", "EY471602"), ("Provider name", "Example Club, Coventry"))),
            WithValues(Row(("Provider URN", "319354")), ("Provider URN", 319354), ("Registration date", new DateTime(1989, 1, 4)), ("Places", 60),
                ("Places including estimates", 60), ("Most recent full: Inspection number", 10069514), ("Most recent full: Inspection date", new DateTime(2018, 9, 12)),
                ("Most recent full: Overall effectiveness", 2)),
            Cells(Row(("Provider URN", "EY101465"), ("Registration date", "31/02/2021"))),
            Cells(),
        };

        var results = Read(Xlsx(("Providers", rows)));

        Assert.Equal([4, 5, 6], results.Select(result => result.LineNumber));
        Assert.Equal("EY471602", results[0].Record!.Reference);
        Assert.StartsWith("Web link,EY471602,01/09/2015,Childcare on non-domestic premises,", results[0].RawLine, StringComparison.Ordinal);
        Assert.Contains(",\"Example Club, Coventry\",", results[0].RawLine, StringComparison.Ordinal);

        var numeric = results[1].Record!;
        Assert.Equal(("319354", new DateOnly(1989, 1, 4), 60), (numeric.Reference, numeric.RegisteredOn, numeric.Places));
        var inspection = Assert.Single(numeric.Inspections);
        Assert.Equal((OfstedFrameworks.Cif, "10069514", new DateOnly(2018, 9, 12), "2"), (inspection.FrameworkCode, inspection.Number, inspection.Date, inspection.OverallGrade));

        Assert.Equal("Column 'Registration date': '31/02/2021' is not a real date (expected DD/MM/YYYY)", results[2].Error);
    }

    [Fact]
    public void Read_WhenXlsxOpensWithACoverSheet_ReadsTheSheetWithTheHeader()
    {
        var cover = new List<Dictionary<string, object?>> { Cells("About this data"), Cells("Source: Ofsted") };
        var data = new List<Dictionary<string, object?>> { Cells([.. Header2021]), Cells(Row()) };

        var result = Assert.Single(Read(Xlsx(("Cover", cover), ("Data", data))));

        Assert.Equal((2, "EY123456"), (result.LineNumber, result.Record!.Reference));
    }

    [Fact]
    public void Read_WhenXlsxStreamCannotSeek_CopiesItFirst()
    {
        var bytes = Xlsx(("Providers", [Cells([.. Header2021]), Cells(Row()), Cells(Row(("Provider URN", "EY654321")))]));
        using var stream = new ForwardOnlyStream(new MemoryStream(bytes));

        var results = OfstedFileReader.Read(stream, "providers.xlsx").ToList();

        Assert.Equal(["EY123456", "EY654321"], results.Select(result => result.Record!.Reference));
    }

    [Fact]
    public void Read_WhenXlsxHasNoHeader_Throws()
    {
        var bytes = Xlsx(("Providers", [Cells("URN", "Name"), Cells("EY123456", "Example")]));

        Assert.Equal("No header row with 'Provider URN' found in the first 20 lines", ReadFails(bytes, "providers.xlsx").Message);
    }

    [Fact]
    public void Read_WhenXlsxRequiredColumnIsMissing_Throws()
    {
        var header = Header2021.Where(column => column != "Local authority").ToArray();

        var error = ReadFails(Xlsx(("Providers", [Cells("Title"), Cells(header), Cells(Row())])), "providers.xlsx");

        Assert.Equal("The header row (line 2) is missing required columns: 'Local authority'", error.Message);
    }

    [Fact]
    public void Read_WhenZipIsNotAWorkbook_Throws()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("notes.txt").Open());
            entry.Write("not a workbook");
        }

        Assert.Equal("The XLSX file could not be read: it may be damaged or cut short", ReadFails(zip.ToArray(), "providers.xlsx").Message);
    }

    [Fact]
    public void Read_WhenXlsxIsCutShort_Throws()
    {
        var bytes = Xlsx(("Providers", [Cells([.. Header2021]), Cells(Row())]));

        var error = ReadFails(bytes[..(bytes.Length / 2)], "providers.xlsx");

        Assert.Equal("The XLSX file could not be read: it may be damaged or cut short", error.Message);
    }

    [Fact]
    public void Read_WhenFileIsAnOpenDocumentSpreadsheet_SaysSo()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("mimetype", CompressionLevel.NoCompression).Open());
            entry.Write("application/vnd.oasis.opendocument.spreadsheet");
        }

        Assert.StartsWith("The file is not a CSV or XLSX file (an OpenDocument spreadsheet", ReadFails(zip.ToArray(), "providers.ods").Message, StringComparison.Ordinal);
    }

    private static byte[] Xlsx(params (string Name, List<Dictionary<string, object?>> Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        var workbook = sheets.ToDictionary(sheet => sheet.Name, sheet => (object)sheet.Rows);
        MiniExcel.SaveAs(stream, workbook, printHeader: false);
        return stream.ToArray();
    }

    /// One spreadsheet row; keys only name the columns (printHeader: false), so every row uses the same 48 keys.
    private static Dictionary<string, object?> Cells(params string[] values) =>
        Enumerable.Range(0, Header2021.Length).ToDictionary(i => $"c{i}", i => (object?)(i < values.Length ? values[i] : null));

    private static Dictionary<string, object?> Cells(Dictionary<string, string> row) => Cells([.. Header2021.Select(column => row[column])]);

    private static Dictionary<string, object?> WithValues(Dictionary<string, string> row, params (string Column, object Value)[] values)
    {
        var cells = Cells(row);
        foreach (var (column, value) in values)
            cells[$"c{Array.IndexOf(Header2021, column)}"] = value;
        return cells;
    }
}
