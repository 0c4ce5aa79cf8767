using System.IO.Compression;
using System.Text;
using Ascent.Tests.Services.Imports.Ofsted;
using Ascent.Web.Services.Imports.Acecqa;
using static Ascent.Tests.Services.Imports.Acecqa.AcecqaTestFiles;

namespace Ascent.Tests.Services.Imports.Acecqa;

/// The file as a whole: finding the header, and the problems that make a file unreadable.
public sealed class AcecqaFileReaderTests
{
    [Fact]
    public void Read_WhenHeaderCaseSpacingAndPunctuationVary_MapsColumnsByName()
    {
        var batch = ReadFixture("header-variations.csv");

        Assert.Empty(batch.Rejected);
        var familyDayCare = batch.Records[0];
        Assert.Equal(("SE-90000201", "Seabreeze Family Day Care", "Family Day Care"), (familyDayCare.Reference, familyDayCare.Name, familyDayCare.ProviderType));
        Assert.Equal(("Fremantle", "WA", "6160", new DateOnly(2017, 8, 14)), (familyDayCare.Town, familyDayCare.Region, familyDayCare.Postcode, familyDayCare.RegisteredOn));
        var rating = Assert.Single(familyDayCare.Inspections);
        Assert.Equal((new DateOnly(2022, 10, 1), "meeting"), (rating.Date, rating.OverallGrade));
        Assert.Equal(new Dictionary<string, string> { ["overall"] = "meeting", ["qa1"] = "meeting", ["qa7"] = "working-towards" }, rating.Grades);

        var oshc = batch.Records[1];
        Assert.Equal((45, "Temporarily closed"), (oshc.Places, oshc.ProviderStatus));
        Assert.Empty(oshc.Inspections);
    }

    [Fact]
    public void Read_WhenThereIsNoProviderLegalNameColumn_GroupsByProviderApprovalNumber()
    {
        var batch = ReadFixture("header-variations.csv");

        Assert.All(batch.Records, record => Assert.Equal(("PR-90000021", "PR-90000021", (string?)null),
            (record.LocalAuthority, record.RegisteredPersonReference, record.RegisteredPersonName)));
    }

    [Fact]
    public void Read_WhenTitleLinesAreAboveTheHeader_SkipsThemAndKeepsPhysicalLineNumbers()
    {
        var csv = "National Registers: education and care services\n\n" + Csv(Row(("ServiceApprovalNumber", "bad")), Row());

        var batch = Read(csv);

        Assert.Equal(4, Assert.Single(batch.Rejected).LineNumber);
        Assert.Equal("SE-90000101", Assert.Single(batch.Records).Reference);
    }

    [Fact]
    public void Read_WhenNoHeaderIsInTheFirst20Lines_Throws()
    {
        var csv = string.Concat(Enumerable.Repeat("Some title,\n", 20)) + Csv(Row());

        Assert.Equal("services.csv: No header row with 'ServiceApprovalNumber' found in the first 20 lines", ReadFails(csv));
    }

    [Fact]
    public void Read_WhenFileHasNoHeaderRow_Throws()
    {
        var csv = Csv(Row());
        var noHeader = csv[(csv.IndexOf('\n', StringComparison.Ordinal) + 1)..];

        Assert.Equal("services.csv: No header row with 'ServiceApprovalNumber' found in the first 20 lines", ReadFails(noHeader));
    }

    [Fact]
    public void Read_WhenRequiredColumnsAreMissing_ThrowsListingThem()
    {
        var header = Header.Where(column => column is not ("ServiceName" or "ServiceType")).ToArray();

        Assert.Equal("services.csv: The header row (line 1) is missing required columns: 'ServiceName', 'ServiceType'", ReadFails(Csv(header, Row())));
    }

    [Fact]
    public void Read_WhenBothApprovedProviderColumnsAreMissing_ThrowsNamingThem()
    {
        var header = Header.Where(column => column is not ("ProviderLegalName" or "Provider Approval Number")).ToArray();

        Assert.Equal("services.csv: The header row (line 1) is missing required columns: 'ProviderLegalName' or 'Provider Approval Number'",
            ReadFails(Csv(header, Row())));
    }

    [Fact]
    public void Read_WhenOnlyTheApprovedProviderNumberColumnIsMissing_GroupsByLegalName()
    {
        var header = Header.Where(column => column != "Provider Approval Number").ToArray();

        var record = Assert.Single(Read(Csv(header, Row())).Records);

        Assert.Equal(("Example Early Learning Pty Ltd", (string?)null), (record.LocalAuthority, record.RegisteredPersonReference));
    }

    [Theory]
    [InlineData("RatingsIssued", "QualityArea1Rating")]
    [InlineData("PreviousRatingsIssued", "PreviousQualityArea1Rating")]
    public void Read_WhenRatingsHaveNoIssuedColumn_Throws(string dateColumn, string firstRating)
    {
        var header = Header.Where(column => column != dateColumn).ToArray();

        Assert.Equal($"services.csv: The header row (line 1) has '{firstRating}' but no '{dateColumn}' column: ratings cannot be kept without the month they were issued",
            ReadFails(Csv(header, Row())));
    }

    [Fact]
    public void Read_WhenFileHasOnlyTheColumnsThatAreRequired_ReadsIt()
    {
        var csv = "ServiceApprovalNumber,ServiceName,ServiceType,ProviderLegalName\nSE-90000301,Tiny Tots,Centre-Based Care,Tiny Tots Pty Ltd\n";

        var record = Assert.Single(Read(csv).Records);

        Assert.Equal(("SE-90000301", "Tiny Tots Pty Ltd", (int?)null), (record.Reference, record.LocalAuthority, record.Places));
        Assert.Empty(record.Inspections);
    }

    [Fact]
    public void Read_WhenFileIsNotUtf8_ReportsTheLine()
    {
        // "Café" saved as Windows-1252 on the second data row (line 3).
        var bytes = Encoding.UTF8.GetBytes(Csv(Row(), Row(("ServiceName", "Caf# Kids"))));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xE9;

        Assert.Equal("services.csv: The file is not UTF-8 text (line 3)", ReadFails(bytes));
    }

    [Fact]
    public void Read_WhenNonUtf8ByteIsFarIntoTheFile_ReportsItsLine()
    {
        var rows = Enumerable.Range(0, 2000).Select(i => Row(("ServiceName", $"Centre {i}"))).ToArray();
        var bytes = Encoding.UTF8.GetBytes(Csv(rows));
        var line1500 = Encoding.UTF8.GetBytes(Csv(rows[..1498])).Length; // the header and 1,498 rows come before line 1,500
        bytes[line1500 + 5] = 0xFF;

        Assert.Equal("services.csv: The file is not UTF-8 text (line 1500)", ReadFails(bytes));
    }

    [Fact]
    public void Read_WhenFileStartsWithAUtf8ByteOrderMark_ReadsIt()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(Row()))).ToArray();

        Assert.Equal("SE-90000101", Assert.Single(Read(bytes).Records).Reference);
    }

    [Fact]
    public void Read_WhenFileIsUtf16_SaysItIsNotUtf8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Csv(Row()))).ToArray();

        Assert.Equal("services.csv: The file is not UTF-8 text (line 1)", ReadFails(bytes));
    }

    [Fact]
    public void Read_WhenFileIsBinary_Throws()
    {
        var bytes = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0x01, 0x02, 0xE2, 0xE3 };

        Assert.Equal("services.pdf: The file is not a CSV file", ReadFails(bytes, "services.pdf"));
    }

    [Fact]
    public void Read_WhenFileIsASpreadsheetWorkbook_SaysToSaveItAsCsv()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var sheet = new StreamWriter(archive.CreateEntry("xl/worksheets/sheet1.xml").Open());
            sheet.Write("<worksheet/>");
        }

        Assert.Equal("services.xlsx: The file is not a CSV file (a spreadsheet workbook: save it as CSV UTF-8)", ReadFails(zip.ToArray(), "services.xlsx"));
    }

    [Fact]
    public void Read_WhenLastRowIsCutShort_ReportsATruncatedFile()
    {
        var csv = Csv(Row(), Row(("ServiceApprovalNumber", "SE-90000102")));
        var truncated = csv[..(csv.IndexOf("SE-90000102", StringComparison.Ordinal) + 12)]; // the row's first cell and its closing quote

        Assert.Equal($"services.csv: Line 3 has 1 cell but the header has {Header.Length}: the file may be truncated or not comma-separated", ReadFails(truncated));
    }

    [Fact]
    public void Read_WhenARowHasTooManyCells_ReportsIt()
    {
        var csv = Csv(Row()) + string.Join(',', Row().Values) + ",extra\n";

        Assert.Equal($"services.csv: Line 3 has {Header.Length + 1} cells but the header has {Header.Length}: the file may be truncated or not comma-separated",
            ReadFails(csv));
    }

    [Fact]
    public void Read_WhenFileEndsInsideAQuotedCell_ReportsATruncatedFile()
    {
        var csv = Csv(Row(("Temporarily Closed", "No")));
        var truncated = csv[..csv.LastIndexOf("o\"", StringComparison.Ordinal)];

        Assert.Equal("services.csv: Line 2 ends inside a quoted cell: the file may be truncated or not comma-separated", ReadFails(truncated));
    }

    [Fact]
    public void Read_WhenRowsAreSemicolonSeparated_ReportsTheCellCount()
    {
        var csv = Csv(Row()) + string.Join(';', Row().Values) + "\n";

        Assert.Equal($"services.csv: Line 3 has 1 cell but the header has {Header.Length}: the file may be truncated or not comma-separated", ReadFails(csv));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\r\n")]
    [InlineData("\uFEFF")]
    public void Read_WhenFileIsEmpty_Throws(string content) =>
        Assert.Equal("services.csv: The file is empty", ReadFails(content));

    [Fact]
    public void Read_WhenFileHasOnlyAHeader_ReturnsNoRows()
    {
        var batch = Read(Csv());

        Assert.Equal(0, batch.RowsRead);
        Assert.Empty(batch.Records);
        Assert.Empty(batch.Rejected);
    }

    [Fact]
    public void Read_WhenEmptyRowsFollowTheData_IgnoresThem()
    {
        var csv = Csv(Row()) + new string(',', Header.Length - 1) + "\n\n" + new string(',', Header.Length - 1) + "\n,,\n";

        var batch = Read(csv);

        Assert.Equal(1, batch.RowsRead);
        Assert.Single(batch.Records);
    }

    [Fact]
    public void Read_WhenCellSpansLines_CountsPhysicalLinesAndKeepsTheRawText()
    {
        var csv = Csv(Row(("ServiceAddress", "Shop 4\nExample Plaza"), ("ServiceApprovalNumber", "SE-1")),
            Row(("ServiceApprovalNumber", "SE-2")));

        var rejected = Read(csv).Rejected;

        Assert.Equal([2, 4], rejected.Select(row => row.LineNumber));
        Assert.Contains("\"Shop 4\nExample Plaza\"", rejected[0].RawLine, StringComparison.Ordinal);
        Assert.StartsWith("\"SE-2\",\"PR-90000011\"", rejected[1].RawLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenCellSpansLines_KeepsItsLineBreak() =>
        Assert.Equal("Shop 4\nExample Plaza", ReadOne(("ServiceAddress", "Shop 4\nExample Plaza")).AddressLine1);

    [Fact]
    public void Read_WhenLinesEndWithCrLf_KeepsThemOutOfTheRawLine()
    {
        var csv = Csv(Row(("ServiceApprovalNumber", "bad"))).Replace("\n", "\r\n", StringComparison.Ordinal);

        var rejected = Assert.Single(Read(csv).Rejected);

        Assert.DoesNotContain('\r', rejected.RawLine);
        Assert.StartsWith("\"bad\",", rejected.RawLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenStreamCannotSeek_StreamsTheRows()
    {
        var rows = Enumerable.Range(0, 500).Select(i => Row(("ServiceApprovalNumber", $"SE-{90_001_000 + i}"))).ToArray();
        var bytes = Encoding.UTF8.GetBytes(Csv(rows));

        var batch = AcecqaBatchReader.Read([("services.csv", () => new ForwardOnlyStream(new MemoryStream(bytes)))]);

        Assert.Equal(500, batch.Records.Count);
    }
}
