using Ascent.Web.Services.Imports.Ofsted;
using static Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Services.Imports.Ofsted;

/// The inspection columns of a row: grades and outcomes as codes, frameworks by date, and their row errors.
public sealed class OfstedInspectionMappingTests
{
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
        Assert.Equal((OfstedFrameworks.Compliance, "10160001", new DateOnly(2021, 4, 21), "Childcare Register", code), (cr.FrameworkCode, cr.Number, cr.Date, cr.InspectionType, cr.OverallGrade));
        Assert.Equal(new Dictionary<string, string> { ["outcome"] = code }, cr.Grades);
        var ncor = provider.Inspections[1];
        Assert.Equal((OfstedFrameworks.Compliance, "1040001", "No children on roll", code), (ncor.FrameworkCode, ncor.Number, ncor.InspectionType, ncor.OverallGrade));
    }

    [Fact]
    public void Read_WhenRequirementsSuitabilityIsUnknown_ReportsIt() =>
        Assert.Equal("Column 'CCR requirements suitability': 'Passed' is not valid (expected Met, Not Met (with actions), Not Met (enforcement) or -)",
            ReadOneError(("CCR requirements suitability", "Passed")));

    [Fact]
    public void Read_WhenInspectionIsFromSeptember2019_UsesTheEifWithItsKeyJudgements()
    {
        var provider = ReadOne(
            ("Most recent full: Inspection number", "10136868"), ("Most recent full: Inspection date", "01/09/2019"),
            ("Most recent full: Overall effectiveness", "4"), ("Quality of education", "3"), ("Behaviour and attitudes", "3"),
            ("Personal development", "4"), ("Effectiveness of leadership and management", "4"), ("Safeguarding is effective?", "No"));

        var inspection = Assert.Single(provider.Inspections);
        Assert.Equal((OfstedFrameworks.Eif2019, "10136868", new DateOnly(2019, 9, 1), "Full inspection", "4"),
            (inspection.FrameworkCode, inspection.Number, inspection.Date, inspection.InspectionType, inspection.OverallGrade));
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

        var nursery = results[0].Record!;
        Assert.Equal(("EY800001", "LS99 9ZZ", "Example Nurseries Limited", "Deprived", "ALL", true), (nursery.Reference, nursery.Postcode, nursery.RegisteredPersonName, nursery.DeprivationBand, nursery.RegisterCombination, nursery.EarlyYearsRegister));
        Assert.Equal(60, nursery.Places);
        var reportCard = nursery.Inspections[0];
        Assert.Equal((OfstedFrameworks.Renewed2025, "10400001", new DateOnly(2026, 1, 15), "Full inspection", (string?)null),
            (reportCard.FrameworkCode, reportCard.Number, reportCard.Date, reportCard.InspectionType, reportCard.OverallGrade));
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

        var childminder = results[1].Record!;
        Assert.Equal(("2000002", (string?)null, (string?)null), (childminder.Reference, childminder.Name, childminder.Postcode));
        Assert.Equal(
            [(OfstedFrameworks.Compliance, new DateOnly(2024, 4, 3), "met", "No children on roll"), (OfstedFrameworks.Cif, new DateOnly(2018, 10, 17), "1", "Full inspection")],
            childminder.Inspections.Select(inspection => (inspection.FrameworkCode, inspection.Date, inspection.OverallGrade, inspection.InspectionType)));

        var club = results[2].Record!;
        Assert.Equal(
            [(OfstedFrameworks.Renewed2025, new DateOnly(2026, 2, 24)), (OfstedFrameworks.Compliance, new DateOnly(2025, 6, 5))],
            club.Inspections.Select(inspection => (inspection.FrameworkCode, inspection.Date)));
        Assert.Equal(("not-met", "urgent-improvement"), (club.Inspections[0].Grades["safeguarding"], club.Inspections[0].Grades["inclusion"]));
        Assert.Equal(("Childcare Register", "not-met-with-actions"), (club.Inspections[1].InspectionType, club.Inspections[1].OverallGrade));
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
