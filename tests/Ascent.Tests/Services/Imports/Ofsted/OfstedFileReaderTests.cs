using System.Text;
using Ascent.Web.Services.Imports.Ofsted;
using static Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Services.Imports.Ofsted;

/// The file as a whole: finding the header, and the problems that make a file unreadable.
public sealed class OfstedFileReaderTests
{
    [Fact]
    public void Read_WhenTitleLinesAreAboveTheHeader_SkipsThemAndKeepsPhysicalLineNumbers()
    {
        var results = ReadFixture("childcare-providers-2021-with-title-lines.csv");

        // Two title lines, an empty line, the header on line 4; trailing empty rows are ignored.
        Assert.Equal([5, 6, 7], results.Select(result => result.LineNumber));
        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal(["EY900001", "900002", "VC900003"], results.Select(result => result.Record!.Reference));
        Assert.StartsWith("\"Web link\",\"EY900001\",14/03/2015,\"Childminder\"", results[0].RawLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenHeaderCaseSpacingAndPunctuationVary_MapsColumnsByName()
    {
        var results = ReadFixture("header-variations.csv");

        var childminder = results[0].Record!;
        Assert.Equal("EY700001", childminder.Reference);
        Assert.Equal("Childminder", childminder.ProviderType);
        Assert.Equal("Camden", childminder.LocalAuthority);
        Assert.Equal("Most deprived", childminder.DeprivationBand);
        Assert.Null(childminder.Postcode);
        Assert.Null(childminder.RegisteredPersonName);
        var inspection = Assert.Single(childminder.Inspections);
        Assert.Equal((OfstedFrameworks.Eif2019, new DateOnly(2019, 10, 21), "2"), (inspection.FrameworkCode, inspection.Date, inspection.OverallGrade));

        var nursery = results[1].Record!;
        Assert.Equal("EY700002", nursery.Reference);
        Assert.Equal("NW9 9ZZ", nursery.Postcode);
        Assert.Equal("Example Ltd", nursery.RegisteredPersonName);
        Assert.Empty(nursery.Inspections);
    }

    [Fact]
    public void Read_WhenRequiredColumnsAreMissing_ThrowsListingThem()
    {
        var header = Header2021.Where(column => column is not ("Provider type" or "Local authority")).ToArray();

        var error = ReadFails(Csv(header, Row()));

        Assert.Equal("The header row (line 1) is missing required columns: 'Provider type', 'Local authority'", error.Message);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void Read_WhenNoHeaderIsInTheFirst20Lines_Throws()
    {
        var csv = string.Concat(Enumerable.Repeat("Some title,\n", 20)) + Csv(Row());

        var error = ReadFails(csv);

        Assert.Equal("No header row with 'Provider URN' found in the first 20 lines", error.Message);
    }

    [Fact]
    public void Read_WhenHeaderIsOnLine20_FindsIt()
    {
        var csv = string.Concat(Enumerable.Repeat("Some title\n", 19)) + Csv(Row());

        Assert.Equal(21, Assert.Single(Read(csv)).LineNumber);
    }

    [Fact]
    public void Read_WhenFileIsNotUtf8_ReportsTheLine()
    {
        // "Café" saved as Windows-1252 on the second data row (line 3).
        var bytes = Encoding.UTF8.GetBytes(Csv(Row(), Row(("Provider name", "Caf# Kids"))));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xE9;

        var error = ReadFails(bytes);

        Assert.Equal("The file is not UTF-8 text (line 3)", error.Message);
        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public void Read_WhenNonUtf8ByteIsFarIntoTheFile_ReportsItsLine()
    {
        var rows = Enumerable.Range(0, 2000).Select(i => Row(("Provider name", $"Nursery {i}"))).ToArray();
        var bytes = Encoding.UTF8.GetBytes(Csv(rows));
        var line1500 = Encoding.UTF8.GetBytes(Csv(rows[..1498])).Length; // the header and 1,498 rows come before line 1,500
        bytes[line1500 + 5] = 0xFF;

        var error = ReadFails(bytes);

        Assert.Equal("The file is not UTF-8 text (line 1500)", error.Message);
    }

    [Fact]
    public void Read_WhenFileStartsWithAUtf8ByteOrderMark_ReadsIt()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(Row()))).ToArray();

        Assert.Equal("EY123456", Assert.Single(Read(bytes)).Record!.Reference);
    }

    [Fact]
    public void Read_WhenFileIsUtf16_SaysItIsNotUtf8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Csv(Row()))).ToArray();

        Assert.Equal("The file is not UTF-8 text (line 1)", ReadFails(bytes).Message);
    }

    [Fact]
    public void Read_WhenFileIsBinary_Throws()
    {
        var bytes = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0x01, 0x02, 0xE2, 0xE3 };

        Assert.Equal("The file is not a CSV or XLSX file", ReadFails(bytes, "providers.pdf").Message);
    }

    [Fact]
    public void Read_WhenFileIsAnOldXlsWorkbook_SaysSo()
    {
        var bytes = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00 };

        Assert.StartsWith("The file is not a CSV or XLSX file (an old .xls workbook", ReadFails(bytes, "providers.xls").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenLastRowIsCutShort_ReportsATruncatedFile()
    {
        var csv = Csv(Row(), Row(("Provider URN", "EY654321")));
        var truncated = csv[..csv.IndexOf("EY654321", StringComparison.Ordinal)];

        var results = new List<OfstedRowResult>();
        var error = Assert.Throws<OfstedFileException>(() =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(truncated));
            foreach (var result in OfstedFileReader.Read(stream, "providers.csv"))
                results.Add(result);
        });

        Assert.Equal("Line 3 has 2 cells but the header has 48: the file may be truncated or not comma-separated", error.Message);
        Assert.Equal(3, error.LineNumber);
        Assert.Single(results); // the complete row before it was read
    }

    [Fact]
    public void Read_WhenFileEndsInsideAQuotedCell_ReportsATruncatedFile()
    {
        var csv = Csv(Row(("CR: Overall effectiveness", "Met")));
        var truncated = csv[..csv.LastIndexOf("et\"", StringComparison.Ordinal)];

        var error = ReadFails(truncated);

        Assert.Equal("Line 2 ends inside a quoted cell: the file may be truncated or not comma-separated", error.Message);
        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void Read_WhenQuoteIsNeverClosed_ReportsTheLineWhereTheRowStarts()
    {
        var csv = Csv(Row()) + "\"Web link\",\"EY654321,01/01/2020\nmore,cells\n";

        var error = ReadFails(csv);

        Assert.Equal(3, error.LineNumber);
        Assert.Equal("Line 3 has 2 cells but the header has 48: the file may be truncated or not comma-separated", error.Message);
    }

    [Fact]
    public void Read_WhenRowsAreSemicolonSeparated_ReportsTheCellCount()
    {
        var csv = Csv(Row()) + string.Join(';', Row().Values) + "\n";

        Assert.Equal("Line 3 has 1 cell but the header has 48: the file may be truncated or not comma-separated", ReadFails(csv).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\r\n")]
    [InlineData("\uFEFF")]
    public void Read_WhenFileIsEmpty_Throws(string content)
    {
        var error = ReadFails(content);

        Assert.Equal("The file is empty", error.Message);
        Assert.Null(error.LineNumber);
    }

    [Fact]
    public void Read_WhenFileHasOnlyAHeader_ReturnsNoRows() => Assert.Empty(Read(Csv()));

    [Fact]
    public void Read_WhenEmptyRowsFollowTheData_IgnoresThem()
    {
        var csv = Csv(Row()) + new string(',', 47) + "\n\n" + new string(',', 47) + "\n,,\n";

        Assert.Equal(2, Assert.Single(Read(csv)).LineNumber);
    }

    [Fact]
    public void Read_WhenCellSpansLines_CountsPhysicalLinesAndKeepsTheRawText()
    {
        var csv = Csv(Row(("Provider address line 1", "Unit 4\nThe Maltings")), Row(("Provider URN", "EY654321")));

        var results = Read(csv);

        Assert.Equal([2, 4], results.Select(result => result.LineNumber));
        Assert.Equal("Unit 4\nThe Maltings", results[0].Record!.AddressLine1);
        Assert.Contains("\"Unit 4\nThe Maltings\"", results[0].RawLine, StringComparison.Ordinal);
        Assert.StartsWith("\"Web link\",\"EY654321\"", results[1].RawLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenLinesEndWithCrLf_KeepsThemOutOfTheRawLine()
    {
        var csv = Csv(Row()).Replace("\n", "\r\n", StringComparison.Ordinal);

        var result = Assert.Single(Read(csv));

        Assert.Null(result.Error);
        Assert.DoesNotContain('\r', result.RawLine);
    }

    [Fact]
    public void Read_WhenStreamCannotSeek_StreamsTheRows()
    {
        var rows = Enumerable.Range(0, 500).Select(i => Row(("Provider URN", $"EY{100000 + i}"))).ToArray();
        using var stream = new ForwardOnlyStream(new MemoryStream(Encoding.UTF8.GetBytes(Csv(rows))));

        var results = OfstedFileReader.Read(stream, "providers.csv").ToList();

        Assert.Equal(500, results.Count(result => result.Record is not null));
        Assert.Equal(501, results[^1].LineNumber);
    }

    [Fact]
    public void Read_WhenARowIsBad_GoesOnWithTheNextRows()
    {
        var results = Read(Csv(Row(("Provider URN", "NOT-A-URN")), Row(("Provider URN", "EY654321"))));

        Assert.Equal("Provider URN 'NOT-A-URN' is not an Ofsted URN", results[0].Error);
        Assert.Equal("EY654321", results[1].Record!.Reference);
    }

    [Fact]
    public void Read_WhenStreamIsNull_ThrowsAtOnce() =>
        Assert.Throws<ArgumentNullException>(() => OfstedFileReader.Read(null!, "providers.csv"));
}
