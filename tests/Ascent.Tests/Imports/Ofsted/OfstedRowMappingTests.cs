using Ascent.Web.Services.Imports.Ofsted;
using static Ascent.Tests.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Imports.Ofsted;

/// One row at a time: values, codes, frameworks, and the row errors a user sees.
public sealed class OfstedRowMappingTests
{
    [Fact]
    public void Read_WhenDateIsImpossible_ReportsLineAndColumn()
    {
        var results = Read(Csv(Row(), Row(("Registration date", "31/02/2021"))));

        Assert.Equal(3, results[1].LineNumber);
        Assert.Null(results[1].Provider);
        Assert.Equal("Column 'Registration date': '31/02/2021' is not a real date (expected DD/MM/YYYY)", results[1].Error);
        Assert.Contains("31/02/2021", results[1].RawLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00/01/2020")]
    [InlineData("29/02/2021")]
    [InlineData("12/13/2020")]
    [InlineData("01/01/1899")]
    [InlineData("01/01/2101")]
    public void Read_WhenDateDoesNotExist_ReportsItIsNotARealDate(string date) =>
        Assert.Equal($"Column 'Most recent full: Inspection date': '{date}' is not a real date (expected DD/MM/YYYY)",
            ReadOneError(("Most recent full: Inspection date", date)));

    [Theory]
    [InlineData("2021-02-03")]
    [InlineData("03/02/21")]
    [InlineData("3 Feb 2021")]
    public void Read_WhenDateIsNotInOfstedFormat_ReportsIt(string date) =>
        Assert.Equal($"Column 'Registration date': '{date}' is not a date (expected DD/MM/YYYY)", ReadOneError(("Registration date", date)));

    [Fact]
    public void Read_WhenDateHasNoLeadingZeros_AcceptsIt() =>
        Assert.Equal(new DateOnly(2019, 9, 1), ReadOne(("Registration date", "1/9/2019")).RegistrationDate);

    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("Good")]
    [InlineData("2.0")]
    public void Read_WhenGradeIsNotOneToFour_ReportsColumnAndValue(string grade) =>
        Assert.Equal($"Column 'Quality of education': '{grade}' is not valid (expected a grade from 1 to 4, or -)",
            ReadOneError(("Most recent full: Inspection date", "01/10/2020"), ("Most recent full: Overall effectiveness", "2"), ("Quality of education", grade)));

    [Fact]
    public void Read_WhenSafeguardingIsNotYesOrNo_ReportsIt() =>
        Assert.Equal("Column 'Safeguarding is effective?': 'Maybe' is not valid (expected Yes, No or -)",
            ReadOneError(("Most recent full: Inspection date", "01/10/2020"), ("Safeguarding is effective?", "Maybe")));

    [Fact]
    public void Read_WhenOutcomeIsUnknown_ReportsIt() =>
        Assert.Equal("Column 'NCOR: Overall effectiveness': 'Passed' is not valid (expected Met, Not Met (with actions), Not Met (enforcement) or -)",
            ReadOneError(("NCOR: Inspection date", "01/10/2020"), ("NCOR: Overall effectiveness", "Passed")));

    [Theory]
    [InlineData("Met", "met")]
    [InlineData("Not Met (with actions)", "not-met-with-actions")]
    [InlineData("not met (ENFORCEMENT)", "not-met-enforcement")]
    [InlineData(" Not  Met (with actions) ", "not-met-with-actions")]
    public void Read_NcorAndCrOutcomes_BecomeOutcomeCodes(string outcome, string code)
    {
        var provider = ReadOne(
            ("NCOR: Inspection number", "1040001"), ("NCOR: Inspection date", "14/11/2017"), ("NCOR: Overall effectiveness", outcome),
            ("CR: Inspection number", "10160001"), ("CR: Inspection date", "21/04/2021"), ("CR: Overall effectiveness", outcome));

        var cr = provider.Inspections[0];
        Assert.Equal((OfstedFrameworks.Compliance, "10160001", new DateOnly(2021, 4, 21), "Childcare Register", code), (cr.FrameworkCode, cr.Number, cr.Date, cr.VisitType, cr.OverallGrade));
        Assert.Equal(new Dictionary<string, string> { ["outcome"] = code }, cr.Grades);
        var ncor = provider.Inspections[1];
        Assert.Equal((OfstedFrameworks.Compliance, "1040001", "No children on roll", code), (ncor.FrameworkCode, ncor.Number, ncor.VisitType, ncor.OverallGrade));
    }

    [Theory]
    [InlineData("AB123456")]
    [InlineData("12345")]
    [InlineData("EY12345678")]
    [InlineData("EY 123456")]
    [InlineData("RP901956")]
    public void Read_WhenUrnIsNotAnOfstedUrn_ReportsIt(string urn) =>
        Assert.Equal($"Provider URN '{urn}' is not an Ofsted URN", ReadOneError(("Provider URN", urn)));

    [Fact]
    public void Read_WhenUrnIsMissing_ReportsIt() => Assert.Equal("Provider URN is missing", ReadOneError(("Provider URN", " ")));

    [Theory]
    [InlineData(" ey471602 ", "EY471602")]
    [InlineData("319354", "319354")]
    [InlineData("2500123", "2500123")]
    [InlineData("vc374805", "VC374805")]
    public void Read_WhenUrnIsValid_TrimsAndUpperCasesIt(string urn, string expected) =>
        Assert.Equal(expected, ReadOne(("Provider URN", urn)).Urn);

    [Fact]
    public void Read_WhenFieldsAreRedacted_ReturnsNull()
    {
        string[] redacted =
        [
            "Registered person URN", "Registered_Person_Name", "Provider name", "Provider address line 1", "Provider address line 2",
            "Provider address line 3", "Provider town", "Postcode", "Telephone Number",
        ];

        var provider = ReadOne([.. redacted.Select(column => (column, "REDACTED")), ("Provider type", "Childminder")]);

        Assert.All(
            new[] { provider.RegisteredPersonUrn, provider.RegisteredPersonName, provider.Name, provider.AddressLine1, provider.AddressLine2, provider.AddressLine3, provider.Town, provider.Postcode, provider.Telephone },
            value => Assert.Null(value));
        Assert.Equal("Childminder", provider.ProviderType);
        Assert.Equal("Kent", provider.LocalAuthority);
    }

    [Fact]
    public void Read_TrimsCellsAndTurnsEmptyCellsIntoNull()
    {
        var provider = ReadOne(("Telephone Number", " 01632 960001 "), ("Provider subtype", ""), ("Region", "  "));

        Assert.Equal("01632 960001", provider.Telephone);
        Assert.Null(provider.ProviderSubtype);
        Assert.Null(provider.Region);
    }

    [Fact]
    public void Read_ReadsEveryIdentityColumn()
    {
        var provider = ReadOne(
            ("Registered person URN", "RP900002"), ("Registered_Person_Name", "Example Ltd"), ("Provider address line 1", "1 High Street"),
            ("Provider address line 2", "Upper Town"), ("Provider address line 3", "Near Market"), ("Provider town", "Exampleton"),
            ("Telephone Number", "01632 960002"), ("Parliamentary constituency", "Maidstone and The Weald"), ("Ofsted region", "South East"),
            ("Deprivation Band", "Least deprived"), ("Individual Register combinations", "EYR-VCR"), ("Provider Compulsory Childcare Register Flag", "N"),
            ("CCR requirements suitability", "-"), ("VCR requirements suitability", "Not Met (enforcement)"));

        Assert.Equal(
            new OfstedProvider(
                "EY123456", new DateOnly(2015, 9, 1), "Childcare on non-domestic premises", "Full day care", "Active", "EYR-VCR", true, false, true,
                "RP900002", "Example Ltd", "Example Nursery", "1 High Street", "Upper Town", "Near Market", "Exampleton", "AB1 2CD", "01632 960002",
                "Maidstone and The Weald", "Kent", "South East", "South East", "Least deprived", 30, 30, provider.Inspections)
            {
                VcrRequirementsSuitability = "not-met-enforcement",
            },
            provider);
        Assert.Empty(provider.Inspections);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("12.5")]
    [InlineData("twelve")]
    public void Read_WhenPlacesIsNotAWholeNumber_ReportsIt(string places) =>
        Assert.Equal($"Column 'Places': '{places}' is not a number of places (expected a whole number, 0 or more)", ReadOneError(("Places", places)));

    [Fact]
    public void Read_WhenPlacesIncludingEstimatesIsAnAverage_RoundsIt()
    {
        // Ofsted puts the provider type's average where Places is 0: 46.35 for nurseries in the 2021 file.
        var provider = ReadOne(("Places", "0"), ("Places including estimates", "46.35"));

        Assert.Equal((0, 46), (provider.Places, provider.PlacesIncludingEstimates));
    }

    [Fact]
    public void Read_WhenRegisterFlagIsNotYOrN_ReportsIt() =>
        Assert.Equal("Column 'Provider Early Years Register Flag': 'X' is not valid (expected Y or N)",
            ReadOneError(("Provider Early Years Register Flag", "X")));

    [Theory]
    [InlineData("Provider type")]
    [InlineData("Local authority")]
    public void Read_WhenRequiredCellIsEmpty_ReportsIt(string column) =>
        Assert.Equal($"Column '{column}' is empty", ReadOneError((column, "")));

    [Fact]
    public void Read_WhenSeveralCellsAreBad_ReportsThemAll() =>
        Assert.Equal(
            "Provider URN 'X1' is not an Ofsted URN; Column 'Registration date': '31/02/2021' is not a real date (expected DD/MM/YYYY); "
            + "Column 'Places': 'lots' is not a number of places (expected a whole number, 0 or more)",
            ReadOneError(("Provider URN", "X1"), ("Registration date", "31/02/2021"), ("Places", "lots")));

    [Fact]
    public void Read_WhenInspectionIsFromSeptember2019_UsesTheEifWithItsKeyJudgements()
    {
        var provider = ReadOne(
            ("Most recent full: Inspection number", "10136868"), ("Most recent full: Inspection date", "01/09/2019"),
            ("Most recent full: Overall effectiveness", "4"), ("Quality of education", "3"), ("Behaviour and attitudes", "3"),
            ("Personal development", "4"), ("Effectiveness of leadership and management", "4"), ("Safeguarding is effective?", "No"));

        var inspection = Assert.Single(provider.Inspections);
        Assert.Equal((OfstedFrameworks.Eif2019, "10136868", new DateOnly(2019, 9, 1), (string?)null, "4"),
            (inspection.FrameworkCode, inspection.Number, inspection.Date, inspection.VisitType, inspection.OverallGrade));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["overall"] = "4",
                ["quality-of-education"] = "3",
                ["behaviour-and-attitudes"] = "3",
                ["personal-development"] = "4",
                ["leadership-and-management"] = "4",
                ["safeguarding"] = "no",
            },
            inspection.Grades);
    }

    [Fact]
    public void Read_WhenInspectionIsBeforeSeptember2019_UsesTheCifWithOverallOnly()
    {
        var provider = ReadOne(
            ("Most recent full: Inspection number", "10069514"), ("Most recent full: Inspection date", "31/08/2019"),
            ("Most recent full: Overall effectiveness", "2"), ("Quality of education", "-"), ("Behaviour and attitudes", "-"),
            ("Personal development", "-"), ("Effectiveness of leadership and management", "2"), ("Safeguarding is effective?", "-"));

        var inspection = Assert.Single(provider.Inspections);
        Assert.Equal((OfstedFrameworks.Cif, "2"), (inspection.FrameworkCode, inspection.OverallGrade));
        Assert.Equal(new Dictionary<string, string> { ["overall"] = "2" }, inspection.Grades);
    }

    [Fact]
    public void Read_EarlierFullInspections_HaveTheirOwnFrameworkAndComeNewestFirst()
    {
        var provider = ReadOne(
            ("CR: Inspection number", "10160001"), ("CR: Inspection date", "21/04/2021"), ("CR: Overall effectiveness", "Met"),
            ("Third most recent full: Overall effectiveness", "3"), ("Third most recent full: Inspection number", "915509"), ("Third most recent full: Inspection date", "29/08/2013"),
            ("Second most recent full: Overall effectiveness", "4"), ("Second most recent full: Inspection number", "10126727"), ("Second most recent full: Inspection date", "07/11/2019"),
            ("Most recent full: Inspection number", "10136868"), ("Most recent full: Inspection date", "25/05/2021"), ("Most recent full: Overall effectiveness", "2"));

        Assert.Equal(
            [("10136868", OfstedFrameworks.Eif2019), ("10160001", OfstedFrameworks.Compliance), ("10126727", OfstedFrameworks.Eif2019), ("915509", OfstedFrameworks.Cif)],
            provider.Inspections.Select(inspection => (inspection.Number!, inspection.FrameworkCode)));
        Assert.Equal(new Dictionary<string, string> { ["overall"] = "4" }, provider.Inspections[2].Grades);
    }

    [Fact]
    public void Read_WhenInspectionHasNoDate_SkipsIt() =>
        Assert.Empty(ReadOne(("Most recent full: Inspection number", "10136868"), ("NCOR: Inspection number", "1040001")).Inspections);

    [Fact]
    public void Read_WhenGradeHasNoDate_ReportsIt() =>
        Assert.Equal("Column 'Second most recent full: Overall effectiveness' has a grade but 'Second most recent full: Inspection date' is empty",
            ReadOneError(("Second most recent full: Overall effectiveness", "2"), ("Second most recent full: Inspection number", "963121")));

    [Fact]
    public void Read_WhenSameInspectionIsListedTwice_KeepsOne()
    {
        var provider = ReadOne(
            ("Most recent full: Inspection number", "10136868"), ("Most recent full: Inspection date", "25/05/2021"), ("Most recent full: Overall effectiveness", "2"),
            ("Second most recent full: Overall effectiveness", "2"), ("Second most recent full: Inspection number", "10136868"), ("Second most recent full: Inspection date", "25/05/2021"),
            ("NCOR: Inspection date", "14/11/2017"), ("NCOR: Overall effectiveness", "Met"),
            ("CR: Inspection date", "14/11/2017"), ("CR: Overall effectiveness", "Met"));

        Assert.Equal([new DateOnly(2021, 5, 25), new DateOnly(2017, 11, 14)], provider.Inspections.Select(inspection => inspection.Date));
    }

    [Fact]
    public void Read_WhenFileHasRenewedFrameworkColumns_ReadsReportCardGradesAndLegacyGrades()
    {
        var results = ReadFixture("childcare-providers-2026-renewed-framework.csv");
        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal([4, 5, 6], results.Select(result => result.LineNumber));

        var nursery = results[0].Provider!;
        Assert.Equal(("EY800001", "LS99 9ZZ", "Example Nurseries Limited", "Deprived", "ALL", true), (nursery.Urn, nursery.Postcode, nursery.RegisteredPersonName, nursery.DeprivationBand, nursery.RegisterCombination, nursery.EarlyYearsRegister));
        Assert.Equal(60, nursery.Places);
        Assert.Equal("met", nursery.CcrRequirementsSuitability);
        var reportCard = nursery.Inspections[0];
        Assert.Equal((OfstedFrameworks.Renewed2025, "10400001", new DateOnly(2026, 1, 15), "Full inspection", (string?)null),
            (reportCard.FrameworkCode, reportCard.Number, reportCard.Date, reportCard.VisitType, reportCard.OverallGrade));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["safeguarding"] = "met",
                ["inclusion"] = "strong",
                ["curriculum-and-teaching"] = "expected",
                ["achievement"] = "exceptional",
                ["behaviour-attitudes-and-routines"] = "needs-attention",
                ["welfare-and-wellbeing"] = "expected",
                ["leadership-and-governance"] = "strong",
            },
            reportCard.Grades);
        var legacy = nursery.Inspections[1];
        Assert.Equal((OfstedFrameworks.Eif2019, "10200001", new DateOnly(2022, 3, 12), "2"), (legacy.FrameworkCode, legacy.Number, legacy.Date, legacy.OverallGrade));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["overall"] = "2",
                ["quality-of-education"] = "2",
                ["behaviour-and-attitudes"] = "2",
                ["personal-development"] = "1",
                ["leadership-and-management"] = "2",
                ["safeguarding"] = "yes",
            },
            legacy.Grades);

        var childminder = results[1].Provider!;
        Assert.Equal(("2000002", (string?)null, (string?)null), (childminder.Urn, childminder.Name, childminder.Postcode));
        Assert.Equal(
            [(OfstedFrameworks.Compliance, new DateOnly(2024, 4, 3), "met", "No children on roll"), (OfstedFrameworks.Cif, new DateOnly(2018, 10, 17), "1", null)],
            childminder.Inspections.Select(inspection => (inspection.FrameworkCode, inspection.Date, inspection.OverallGrade, inspection.VisitType)));

        var club = results[2].Provider!;
        Assert.Equal(
            [(OfstedFrameworks.Renewed2025, new DateOnly(2026, 2, 24)), (OfstedFrameworks.Compliance, new DateOnly(2025, 6, 5))],
            club.Inspections.Select(inspection => (inspection.FrameworkCode, inspection.Date)));
        Assert.Equal(("not-met", "urgent-improvement"), (club.Inspections[0].Grades["safeguarding"], club.Inspections[0].Grades["inclusion"]));
        Assert.Equal(("Childcare Register", "not-met-with-actions"), (club.Inspections[1].VisitType, club.Inspections[1].OverallGrade));
    }

    [Fact]
    public void Read_WhenRenewedGradeIsUnknown_ReportsIt()
    {
        const string Prefix = "EYR REIF: Most recent: ";
        string[] header = ["Provider URN", "Provider type", "Local authority", Prefix + "Inspection date", Prefix + "Inclusion"];
        var row = new Dictionary<string, string>
        {
            ["Provider URN"] = "EY800001",
            ["Provider type"] = "Childminder",
            ["Local authority"] = "Leeds",
            [Prefix + "Inspection date"] = "15/01/2026",
            [Prefix + "Inclusion"] = "Good",
        };

        var result = Assert.Single(Read(Csv(header, row)));

        Assert.Equal(
            "Column 'EYR REIF: Most recent: Inclusion': 'Good' is not valid (expected Exceptional, Strong standard, Expected standard, Needs attention, Urgent improvement or -)",
            result.Error);
    }
}
