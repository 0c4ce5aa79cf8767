using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

/// Worked examples: every expected figure is counted by hand from the fixtures beside it.
public sealed partial class ImpactReportTests
{
    private const string Eif = "ofsted-eif-2019";
    private const string Cif = "ofsted-cif";
    private const string Renewed = "ofsted-renewed-2025";

    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    private static readonly DateOnly At = new(2026, 11, 23);

    private static readonly AccreditationPeriod Since2024 = new(new DateOnly(2024, 1, 1), null);

    private static int _nextId;

    private static ImpactInspection Overall(string framework, DateOnly on, string grade, params (string Area, string Grade)[] areas) =>
        new(framework, on, grade, areas.ToDictionary(a => a.Area, a => a.Grade));

    private static ImpactInspection Areas(DateOnly on, params (string Area, string Grade)[] areas) =>
        new(Renewed, on, null, areas.ToDictionary(a => a.Area, a => a.Grade));

    private static ImpactSetting Setting(SectorGroup sector, AccreditationPeriod[] accreditations, params ImpactInspection[] inspections) =>
        new(++_nextId, sector, inspections, accreditations);

    private static ImpactSetting GradedEif(SectorGroup sector, bool accredited, string grade) =>
        Setting(sector, accredited ? [Since2024] : [], Overall(Eif, new DateOnly(2023, 5, 10), grade));

    private static ImpactTables Report(DateOnly at, params ImpactSetting[] settings) => ImpactReport.For(settings, at, Frameworks);

    private static (int, int, int, int, int, int, int) Cells(GradeFigures f) =>
        (f.Settings, f.Outstanding.Count, f.GoodOrOutstanding.Count, f.Outstanding.Of, f.LatestWithoutOverallGrade, f.NotInspected,
            f.Outstanding.TooSmallToCompare ? 1 : 0);

    [Fact]
    public void AtTheDate_AccreditedAndOtherSettings_AreCountedBySector_AndSmallGroupsAreFlagged()
    {
        // Accredited: ten PVI settings, five outstanding, four good, one requiring improvement.
        var accredited = new[] { "1", "1", "1", "1", "1", "2", "2", "2", "2", "3" }
            .Select(g => GradedEif(SectorGroup.PrivateVoluntaryIndependent, true, g));
        // Others: PVI graded 1, 2, 3, 4 and one whose latest inspection is a report card; maintained 1 and 2; one
        // never inspected whose sector was never recorded.
        var others = new[] { "1", "2", "3", "4" }.Select(g => GradedEif(SectorGroup.PrivateVoluntaryIndependent, false, g))
            .Append(Setting(SectorGroup.PrivateVoluntaryIndependent, [],
                Overall(Eif, new DateOnly(2021, 1, 5), "1"), Areas(new DateOnly(2026, 2, 3), ("inclusion", "strong"))))
            .Append(GradedEif(SectorGroup.Maintained, false, "1"))
            .Append(GradedEif(SectorGroup.Maintained, false, "2"))
            .Append(Setting(SectorGroup.NotKnown, []));

        var rows = Report(At, [.. accredited, .. others]).Grades;

        Assert.Equal(["All settings", "Private, voluntary and independent", "Maintained", "Sector not recorded"], rows.Select(r => r.Name));
        // (settings, outstanding, good or outstanding, graded, latest without an overall grade, not inspected, too small)
        Assert.Equal((10, 5, 9, 10, 0, 0, 0), Cells(rows[0].Accredited));
        Assert.Equal((8, 2, 4, 6, 1, 1, 1), Cells(rows[0].Other));
        Assert.Equal(50.0, rows[0].Accredited.Outstanding.Percent);
        Assert.Equal(90.0, rows[0].Accredited.GoodOrOutstanding.Percent);
        Assert.Equal("2 of 6 (33%)", rows[0].Other.Outstanding.ToString());
        Assert.Equal((10, 5, 9, 10, 0, 0, 0), Cells(rows[1].Accredited));
        Assert.Equal((5, 1, 2, 4, 1, 0, 1), Cells(rows[1].Other));
        Assert.Equal((0, 0, 0, 0, 0, 0, 1), Cells(rows[2].Accredited));
        Assert.Null(rows[2].Accredited.Outstanding.Percent);
        Assert.Equal((2, 1, 2, 2, 0, 0, 1), Cells(rows[2].Other));
        Assert.Equal((1, 0, 0, 0, 0, 1, 1), Cells(rows[3].Other));
    }

    [Theory]
    [InlineData("2025-01-01", 0, 1)] // awarded later: with the others
    [InlineData("2025-12-01", 1, 0)] // accredited that day
    [InlineData("2026-03-01", 0, 1)] // the day it lapsed: no longer accredited
    [InlineData("2026-06-01", 0, 1)] // lapsed: with the others
    public void OnlyAnAccreditationStandingOnTheDate_Counts(string at, int accredited, int other)
    {
        var lapsed = Setting(SectorGroup.PrivateVoluntaryIndependent, [new AccreditationPeriod(new DateOnly(2025, 6, 1), new DateOnly(2026, 3, 1))],
            Overall(Eif, new DateOnly(2024, 4, 2), "1"));

        var all = Report(DateOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture), lapsed).Grades[0];

        Assert.Equal((accredited, other), (all.Accredited.Outstanding.Count, all.Other.Outstanding.Count));
    }

    [Fact]
    public void TheLatestInspection_IsTheLatestOnOrBeforeTheDate_AndComplianceOutcomesDoNotReplaceIt()
    {
        var setting = Setting(SectorGroup.Maintained, [Since2024],
            Overall(Eif, new DateOnly(2024, 4, 2), "1"),
            new ImpactInspection("ofsted-compliance", new DateOnly(2025, 1, 9), "not-met-with-actions", new Dictionary<string, string>()),
            Overall(Renewed, new DateOnly(2027, 1, 9), "4"));

        var figures = Report(At, setting).Grades[0].Accredited;

        Assert.Equal((1, 1, 1), (figures.Outstanding.Count, figures.GoodOrOutstanding.Count, figures.Outstanding.Of));
    }
}
