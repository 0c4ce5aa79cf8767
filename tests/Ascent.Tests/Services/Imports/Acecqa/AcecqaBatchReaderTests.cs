using System.Text;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Imports.Acecqa;
using static Ascent.Tests.Services.Imports.Acecqa.AcecqaTestFiles;

namespace Ascent.Tests.Services.Imports.Acecqa;

/// A whole register file into a RegisterBatch: services, their approved providers as tenants, and their ratings.
public sealed class AcecqaBatchReaderTests
{
    private static readonly string[] Areas = ["overall", "qa1", "qa2", "qa3", "qa4", "qa5", "qa6", "qa7"];

    [Fact]
    public void ReadFiles_WhenFileIsGood_ReturnsEveryServiceAsARecord()
    {
        var batch = ReadFixture("national-register-services.csv");

        Assert.Equal(("acecqa", "ACECQA", 5), (batch.Source, batch.Regulator, batch.RowsRead));
        Assert.Equal(["national-register-services.csv"], batch.FileNames);
        Assert.Empty(batch.Rejected);
        Assert.Equal(["SE-90000001", "SE-90000002", "SE-90000003", "SE-90000004", "SE-90000005"], batch.Records.Select(record => record.Reference));
        Assert.All(batch.Records, record => Assert.Equal("ACECQA", record.Regulator));
    }

    [Fact]
    public void ReadFiles_MapsTheServiceColumns()
    {
        var centre = ReadFixture("national-register-services.csv").Records[0];

        Assert.Equal(
            new RegisterRecord
            {
                Regulator = "ACECQA",
                Reference = "SE-90000001",
                LocalAuthority = "Wattle Grove Early Learning Pty Ltd",
                ProviderType = "Centre-Based Care",
                Name = "Wattle Grove Early Learning Centre",
                RegisteredOn = new DateOnly(2013, 1, 15),
                RegisteredPersonReference = "PR-90000001",
                RegisteredPersonName = "Wattle Grove Early Learning Pty Ltd",
                AddressLine1 = "Unit 3, 12 Example Street",
                Town = "Parramatta",
                Region = "NSW",
                Postcode = "2150",
                Places = 90,
                Inspections = centre.Inspections,
                Origin = centre.Origin,
            },
            centre);
    }

    [Fact]
    public void ReadFiles_RemembersWhereEachRecordCameFrom()
    {
        var origin = ReadFixture("national-register-services.csv").Records[1].Origin!;

        Assert.Equal(("national-register-services.csv", 3), (origin.FileName, origin.LineNumber));
        Assert.StartsWith("SE-90000002,PR-90000001,Wattle Grove Kindergarten,", origin.RawLine, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_GroupsServicesByApprovedProvider()
    {
        var batch = ReadFixture("national-register-services.csv");

        var tenants = batch.Records.GroupBy(record => record.LocalAuthority).ToDictionary(group => group.Key, group => group.Select(record => record.Reference).ToList());

        Assert.Equal(4, tenants.Count);
        Assert.Equal(["SE-90000001", "SE-90000002"], tenants["Wattle Grove Early Learning Pty Ltd"]);
        Assert.Equal(["SE-90000003"], tenants["Banksia Community Services Inc."]);
        Assert.Equal(["SE-90000004"], tenants["Gumnut Out of School Hours Care Ltd"]);
        Assert.Equal(["SE-90000005"], tenants["Kunanyi Children's Centre Association Incorporated"]);
    }

    [Fact]
    public void ReadFiles_TurnsCurrentAndPreviousRatingsIntoInspectionsNewestFirst()
    {
        var centre = ReadFixture("national-register-services.csv").Records[0];

        Assert.Equal(2, centre.Inspections.Count);
        var current = centre.Inspections[0];
        Assert.Equal(("acecqa-nqs-2018", (string?)null, new DateOnly(2018, 9, 1), "Assessment and rating", "exceeding"),
            (current.FrameworkCode, current.Number, current.Date, current.InspectionType, current.OverallGrade));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["overall"] = "exceeding",
                ["qa1"] = "exceeding",
                ["qa2"] = "meeting",
                ["qa3"] = "meeting",
                ["qa4"] = "exceeding",
                ["qa5"] = "exceeding",
                ["qa6"] = "exceeding",
                ["qa7"] = "meeting",
            },
            current.Grades);
        var previous = centre.Inspections[1];
        Assert.Equal((new DateOnly(2014, 3, 1), "meeting"), (previous.Date, previous.OverallGrade));
        Assert.Equal(Areas.ToDictionary(area => area, _ => "meeting"), previous.Grades);
        Assert.Equal("acecqa-nqs-2018@2018-09-01", current.Key);
    }

    [Fact]
    public void ReadFiles_ReadsEveryRatingLevel()
    {
        var records = ReadFixture("national-register-services.csv").Records;

        var familyDayCare = records[2];
        Assert.Equal(("Family Day Care", (int?)null), (familyDayCare.ProviderType, familyDayCare.Places));
        Assert.Equal(["working-towards", "significant-improvement-required"], familyDayCare.Inspections.Select(inspection => inspection.OverallGrade));
        Assert.Equal([new DateOnly(2023, 6, 1), new DateOnly(2022, 2, 1)], familyDayCare.Inspections.Select(inspection => inspection.Date));
        Assert.Equal("meeting", familyDayCare.Inspections[1].Grades["qa3"]);

        var excellent = records[4];
        Assert.Equal(("excellent", new DateOnly(2019, 8, 1)), (excellent.Inspections[0].OverallGrade, excellent.Inspections[0].Date));
        Assert.Equal("exceeding", excellent.Inspections[0].Grades["qa7"]);
        Assert.Equal(("exceeding", new DateOnly(2016, 5, 1)), (excellent.Inspections[1].OverallGrade, excellent.Inspections[1].Date));
    }

    [Fact]
    public void ReadFiles_WhenServiceIsProvisionalAndTemporarilyClosed_HasNoInspectionAndSaysItIsClosed()
    {
        var oshc = ReadFixture("national-register-services.csv").Records[3];

        Assert.Empty(oshc.Inspections);
        Assert.Equal("Temporarily closed", oshc.ProviderStatus);
        Assert.Equal(new DateOnly(2025, 1, 10), oshc.RegisteredOn);
    }

    [Fact]
    public void ReadFiles_WhenServiceIsOpen_HasNoStatus() =>
        Assert.Null(ReadFixture("national-register-services.csv").Records[0].ProviderStatus);

    [Fact]
    public void Read_WhenSeveralFilesAreGiven_ReadsThemAsOneBatch()
    {
        var nsw = Encoding.UTF8.GetBytes(Csv(Row(), Row(("ServiceApprovalNumber", "SE-90000102"))));
        var vic = Encoding.UTF8.GetBytes(Csv(Row(("ServiceApprovalNumber", "SE-90000103"), ("State", "VIC")), Row(("ServiceApprovalNumber", "bad"))));

        var batch = AcecqaBatchReader.Read([("nsw.csv", () => new MemoryStream(nsw)), ("vic.csv", () => new MemoryStream(vic))]);

        Assert.Equal(["nsw.csv", "vic.csv"], batch.FileNames);
        Assert.Equal(4, batch.RowsRead);
        Assert.Equal(["SE-90000101", "SE-90000102", "SE-90000103"], batch.Records.Select(record => record.Reference));
        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal(("vic.csv", 3), (rejected.FileName, rejected.LineNumber));
    }

    [Fact]
    public void Read_WhenALaterFileIsBad_ThrowsNamingItAndReturnsNothing()
    {
        var good = Encoding.UTF8.GetBytes(Csv(Row()));
        var bad = Encoding.UTF8.GetBytes("ServiceName,ServiceType\nA,B\n");

        var error = Assert.Throws<ImportException>(() =>
            AcecqaBatchReader.Read([("nsw.csv", () => new MemoryStream(good)), ("qld.csv", () => new MemoryStream(bad))]));

        Assert.Equal("qld.csv: No header row with 'ServiceApprovalNumber' found in the first 20 lines", error.Message);
    }

    [Fact]
    public void Read_ReportsProgressEvery5000RowsAndAtTheEnd()
    {
        var rows = Enumerable.Range(0, 12_001).Select(i => Row(("ServiceApprovalNumber", $"SE-{10_000_000 + i}"))).ToArray();
        var reported = new List<int>();

        var batch = AcecqaBatchReader.Read([("services.csv", () => new MemoryStream(Encoding.UTF8.GetBytes(Csv(rows))))], reported.Add);

        Assert.Equal([5_000, 10_000, 12_001], reported);
        Assert.Equal(12_001, batch.Records.Count);
    }

    [Fact]
    public void Read_ClosesEveryStreamItOpens()
    {
        var streams = new List<MemoryStream>();
        Func<Stream> Open(string csv) => () =>
        {
            var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            streams.Add(stream);
            return stream;
        };

        Assert.Throws<ImportException>(() => AcecqaBatchReader.Read([("a.csv", Open(Csv(Row()))), ("b.csv", Open(""))]));

        Assert.Equal(2, streams.Count);
        Assert.All(streams, stream => Assert.False(stream.CanRead));
    }
}
