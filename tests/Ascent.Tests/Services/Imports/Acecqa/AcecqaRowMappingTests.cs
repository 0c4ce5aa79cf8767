using static Ascent.Tests.Services.Imports.Acecqa.AcecqaTestFiles;

namespace Ascent.Tests.Services.Imports.Acecqa;

/// One row at a time: values, rating codes, dates, and the row errors a user sees.
public sealed class AcecqaRowMappingTests
{
    [Theory]
    [InlineData("SE-123")]
    [InlineData("SE-000097921")]
    [InlineData("SE00009792")]
    [InlineData("SE 00009792")]
    [InlineData("00009792")]
    [InlineData("PR-00009792")]
    public void Read_WhenServiceApprovalNumberIsNotSeAndEightDigits_RejectsRow(string number) =>
        Assert.Equal($"Column 'ServiceApprovalNumber': '{number}' is not a service approval number (expected SE- and 8 digits)",
            ReadOneError(("ServiceApprovalNumber", number)));

    [Fact]
    public void Read_WhenServiceApprovalNumberIsLowerCaseOrPadded_NormalisesIt() =>
        Assert.Equal("SE-00009792", ReadOne(("ServiceApprovalNumber", " se-00009792 ")).Reference);

    [Theory]
    [InlineData("ServiceApprovalNumber")]
    [InlineData("ServiceName")]
    [InlineData("ServiceType")]
    public void Read_WhenRequiredCellIsEmpty_RejectsRowWithColumn(string column) =>
        Assert.Equal($"Column '{column}' is empty", ReadOneError((column, "  ")));

    [Fact]
    public void Read_WhenProviderLegalNameIsEmpty_GroupsByProviderApprovalNumber()
    {
        var record = ReadOne(("ProviderLegalName", ""));

        Assert.Equal(("PR-90000011", (string?)null), (record.LocalAuthority, record.RegisteredPersonName));
    }

    [Fact]
    public void Read_WhenApprovedProviderIsNotGiven_RejectsRow() =>
        Assert.Equal("Columns 'ProviderLegalName' and 'Provider Approval Number' are both empty: the service has no approved provider to import it under",
            ReadOneError(("ProviderLegalName", ""), ("Provider Approval Number", " ")));

    [Fact]
    public void Read_WhenProviderLegalNameHasExtraSpaces_UsesItSingleSpacedAsTheTenant()
    {
        var record = ReadOne(("ProviderLegalName", "  Example  Early Learning\tPty Ltd "));

        Assert.Equal(("Example Early Learning Pty Ltd", "Example Early Learning Pty Ltd"), (record.LocalAuthority, record.RegisteredPersonName));
    }

    [Theory]
    [InlineData("31/02/2021")]
    [InlineData("29/02/2021")]
    [InlineData("00/01/2020")]
    [InlineData("12/13/2020")]
    [InlineData("01/01/1899")]
    public void Read_WhenApprovalDateIsImpossible_RejectsRowWithColumnAndValue(string date) =>
        Assert.Equal($"Column 'ServiceApprovalGrantedDate': '{date}' is not a real date (expected DD/MM/YYYY)",
            ReadOneError(("ServiceApprovalGrantedDate", date)));

    [Theory]
    [InlineData("2021-02-03")]
    [InlineData("03/02/21")]
    [InlineData("3 Feb 2021")]
    [InlineData("Sep 2018")]
    public void Read_WhenApprovalDateIsNotDdMmYyyy_RejectsRowWithColumnAndValue(string date) =>
        Assert.Equal($"Column 'ServiceApprovalGrantedDate': '{date}' is not a date (expected DD/MM/YYYY)",
            ReadOneError(("ServiceApprovalGrantedDate", date)));

    [Fact]
    public void Read_WhenApprovalDateHasNoLeadingZeros_ReadsIt() =>
        Assert.Equal(new DateOnly(2019, 9, 1), ReadOne(("ServiceApprovalGrantedDate", "1/9/2019")).RegisteredOn);

    [Fact]
    public void Read_WhenApprovalDateIsEmpty_LeavesItUnknown() =>
        Assert.Null(ReadOne(("ServiceApprovalGrantedDate", "")).RegisteredOn);

    [Theory]
    [InlineData("Significant Improvement Required", "significant-improvement-required")]
    [InlineData("Working Towards NQS", "working-towards")]
    [InlineData("Working Towards", "working-towards")]
    [InlineData("Meeting NQS", "meeting")]
    [InlineData("MEETING", "meeting")]
    [InlineData(" meeting  nqs ", "meeting")]
    [InlineData("Exceeding NQS", "exceeding")]
    [InlineData("exceeding", "exceeding")]
    [InlineData("Excellent", "excellent")]
    [InlineData("Excellent NQS", "excellent")]
    [InlineData("Excellent rating", "excellent")]
    [InlineData("Provisional - Not Yet Assessed", "provisional")]
    [InlineData("Provisional – Not Yet Assessed", "provisional")]
    [InlineData("provisional — not yet assessed", "provisional")]
    public void Read_RatingText_BecomesTheFrameworkGradeCode(string rating, string code)
    {
        var inspection = Assert.Single(ReadOne(Rated(rating, "Sep 2018")).Inspections);

        Assert.Equal(code, inspection.OverallGrade);
        Assert.Equal(["overall", "qa1", "qa2", "qa3", "qa4", "qa5", "qa6", "qa7"], inspection.Grades.Keys.Order());
        Assert.All(inspection.Grades.Values, grade => Assert.Equal(code, grade));
    }

    [Theory]
    [InlineData("OverallRating")]
    [InlineData("QualityArea4Rating")]
    [InlineData("PreviousQualityArea7Rating")]
    [InlineData("PreviousOverallRating")]
    public void Read_WhenRatingIsUnknown_RejectsRowWithColumn(string column)
    {
        var error = ReadOneError([.. Rated("Meeting NQS", "Sep 2018"), .. Rated("Meeting NQS", "Mar 2015", previous: true), (column, "Good")]);

        Assert.Equal($"Column '{column}': 'Good' is not an NQS rating (expected Significant Improvement Required, Working Towards NQS, "
            + "Meeting NQS, Exceeding NQS, Excellent or Provisional – Not Yet Assessed)", error);
    }

    [Theory]
    [InlineData("Meeting NQS 2")]
    [InlineData("NQS")]
    [InlineData("-")]
    [InlineData("Not Yet Assessed")]
    public void Read_WhenRatingIsNearlyARating_RejectsRow(string rating) =>
        Assert.StartsWith($"Column 'QualityArea2Rating': '{rating}' is not an NQS rating", ReadOneError(("QualityArea2Rating", rating), ("RatingsIssued", "Sep 2018")),
            StringComparison.Ordinal);

    [Fact]
    public void Read_WhenRatingIsUnknownAndUndated_StillRejectsRow() =>
        Assert.StartsWith("Column 'OverallRating': 'Superb'", ReadOneError(("OverallRating", "Superb")), StringComparison.Ordinal);

    [Theory]
    [InlineData("Sep 2018")]
    [InlineData("sep 2018")]
    [InlineData("September 2018")]
    [InlineData("Sept 2018")]
    [InlineData("SEP-2018")]
    [InlineData(" Sep  2018 ")]
    public void Read_RatingsIssued_IsTheFirstOfThatMonth(string issued) =>
        Assert.Equal(new DateOnly(2018, 9, 1), Assert.Single(ReadOne(Rated("Meeting NQS", issued)).Inspections).Date);

    [Theory]
    [InlineData("2018-09")]
    [InlineData("09/2018")]
    [InlineData("01/09/2018")]
    [InlineData("Sep 18")]
    [InlineData("Spt 2018")]
    [InlineData("Sep 2018 1")]
    public void Read_WhenRatingsIssuedIsNotAMonth_RejectsRowWithColumnAndValue(string issued) =>
        Assert.Equal($"Column 'RatingsIssued': '{issued}' is not a month (expected a month and year, such as Sep 2018)",
            ReadOneError(Rated("Meeting NQS", issued)));

    [Fact]
    public void Read_WhenRatingsIssuedIsOutOfRange_RejectsRowWithColumnAndValue() =>
        Assert.Equal("Column 'PreviousRatingsIssued': 'Sep 1850' is not a real month (expected a month and year, such as Sep 2018)",
            ReadOneError(Rated("Meeting NQS", "Sep 1850", previous: true)));

    [Fact]
    public void Read_WhenRatingsIssuedIsEmpty_CreatesNoInspection() =>
        Assert.Empty(ReadOne(Rated("Meeting NQS", "")).Inspections);

    [Fact]
    public void Read_WhenProvisionalHasNoDate_CreatesNoInspection() =>
        Assert.Empty(ReadOne(Rated("Provisional – Not Yet Assessed", "")).Inspections);

    [Fact]
    public void Read_WhenRatingsIssuedHasNoRatings_CreatesNoInspection() =>
        Assert.Empty(ReadOne(("RatingsIssued", "Sep 2018")).Inspections);

    [Fact]
    public void Read_WhenOnlySomeAreasAreRated_KeepsThoseAreas()
    {
        var inspection = Assert.Single(ReadOne(("QualityArea2Rating", "Working Towards NQS"), ("RatingsIssued", "Feb 2020")).Inspections);

        Assert.Null(inspection.OverallGrade);
        Assert.Equal(new Dictionary<string, string> { ["qa2"] = "working-towards" }, inspection.Grades);
    }

    [Fact]
    public void Read_WhenOnlyThePreviousRatingIsDated_KeepsIt()
    {
        var inspection = Assert.Single(ReadOne([.. Rated("Meeting NQS", ""), .. Rated("Working Towards NQS", "Mar 2015", previous: true)]).Inspections);

        Assert.Equal((new DateOnly(2015, 3, 1), "working-towards", "Assessment and rating"), (inspection.Date, inspection.OverallGrade, inspection.InspectionType));
    }

    [Fact]
    public void Read_WhenPreviousRatingIsNewerThanTheCurrent_StillListsNewestFirst()
    {
        var record = ReadOne([.. Rated("Meeting NQS", "Mar 2015"), .. Rated("Exceeding NQS", "Sep 2018", previous: true)]);

        Assert.Equal([new DateOnly(2018, 9, 1), new DateOnly(2015, 3, 1)], record.Inspections.Select(inspection => inspection.Date));
    }

    [Fact]
    public void Read_WhenPreviousRatingIsInTheSameMonth_KeepsTheCurrentOnly()
    {
        var record = ReadOne([.. Rated("Exceeding NQS", "Sep 2018"), .. Rated("Meeting NQS", "September 2018", previous: true)]);

        Assert.Equal("exceeding", Assert.Single(record.Inspections).OverallGrade);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("40.5")]
    [InlineData("forty")]
    [InlineData("1,000")]
    public void Read_WhenPlacesIsNotAWholeNumber_RejectsRowWithColumnAndValue(string places) =>
        Assert.Equal($"Column 'NumberOfApprovedPlaces': '{places}' is not a number of places (expected a whole number, 0 or more)",
            ReadOneError(("NumberOfApprovedPlaces", places)));

    [Theory]
    [InlineData("Yes", "Temporarily closed")]
    [InlineData("YES", "Temporarily closed")]
    [InlineData("No", null)]
    [InlineData("", null)]
    public void Read_TemporarilyClosed_SetsTheStatus(string closed, string? status) =>
        Assert.Equal(status, ReadOne(("Temporarily Closed", closed)).ProviderStatus);

    [Fact]
    public void Read_WhenTemporarilyClosedIsNotYesOrNo_RejectsRowWithColumn() =>
        Assert.Equal("Column 'Temporarily Closed': 'Sometimes' is not valid (expected Yes or No)", ReadOneError(("Temporarily Closed", "Sometimes")));

    [Fact]
    public void Read_WhenSeveralCellsAreBad_ListsEveryProblem() =>
        Assert.Equal(
            "Column 'ServiceName' is empty; Column 'ServiceApprovalGrantedDate': '30/02/2020' is not a real date (expected DD/MM/YYYY); "
            + "Column 'QualityArea3Rating': 'Meets' is not an NQS rating (expected Significant Improvement Required, Working Towards NQS, "
            + "Meeting NQS, Exceeding NQS, Excellent or Provisional – Not Yet Assessed)",
            ReadOneError(("ServiceName", ""), ("ServiceApprovalGrantedDate", "30/02/2020"), ("QualityArea3Rating", "Meets"), ("RatingsIssued", "Sep 2018")));

    [Fact]
    public void Read_WhenARowIsBad_RejectsItWithFileLineAndRawTextAndGoesOn()
    {
        var batch = Read(Csv(Row(("ServiceApprovalNumber", "SE-1")), Row(("ServiceApprovalNumber", "SE-90000102"))), "nsw.csv");

        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal(("nsw.csv", 2), (rejected.FileName, rejected.LineNumber));
        Assert.StartsWith("Column 'ServiceApprovalNumber': 'SE-1'", rejected.Reason, StringComparison.Ordinal);
        Assert.StartsWith("\"SE-1\",\"PR-90000011\",\"Example Early Learning Centre\"", rejected.RawLine, StringComparison.Ordinal);
        Assert.Equal("SE-90000102", Assert.Single(batch.Records).Reference);
        Assert.Equal(2, batch.RowsRead);
    }

    [Fact]
    public void Read_TrimsCellsAndTurnsEmptyCellsIntoNull()
    {
        var record = ReadOne(("ServiceAddress", "  1 Example Street "), ("Suburb", " "), ("Postcode", ""), ("Provider Approval Number", ""));

        Assert.Equal("1 Example Street", record.AddressLine1);
        Assert.Null(record.Town);
        Assert.Null(record.Postcode);
        Assert.Null(record.RegisteredPersonReference);
    }

    [Fact]
    public void Read_CareTypeFlagsAndOtherColumns_AreNotValidated() =>
        Assert.Equal("SE-90000101", ReadOne(("Long Day Care", "Maybe"), ("Last Visit Date", "whenever"), ("Phone", "n/a")).Reference);
}
