using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

public sealed partial class ImpactReportTests
{
    private static AccreditationPeriod[] AwardedOn(int year, int month) => [new(new DateOnly(year, month, 1), null)];

    private static ImpactTables ImprovementExample() => Report(At,
        // A: requires improvement before its award, outstanding after: overall up two, quality of education up one.
        Setting(SectorGroup.PrivateVoluntaryIndependent, AwardedOn(2023, 1),
            Overall(Eif, new DateOnly(2021, 3, 1), "3", ("quality-of-education", "3")),
            Overall(Eif, new DateOnly(2023, 6, 1), "1", ("quality-of-education", "2"))),
        // B: good under the CIF, good under the EIF: same scale, no change.
        Setting(SectorGroup.PrivateVoluntaryIndependent, AwardedOn(2023, 3), Overall(Cif, new DateOnly(2018, 5, 1), "2"), Overall(Eif, new DateOnly(2024, 2, 1), "2")),
        // C: an EIF grade before, a report card after: nothing to compare.
        Setting(SectorGroup.PrivateVoluntaryIndependent, AwardedOn(2024, 1), Overall(Eif, new DateOnly(2022, 1, 1), "2"), Areas(new DateOnly(2026, 1, 10), ("inclusion", "strong"))),
        // D: no inspection before the one after its award.
        Setting(SectorGroup.Maintained, AwardedOn(2024, 1), Overall(Eif, new DateOnly(2024, 9, 1), "1")),
        // E: the first inspection in the period (from 1 January 2023, the earliest award) is up one on the one before.
        Setting(SectorGroup.Maintained, [], Overall(Eif, new DateOnly(2022, 1, 1), "4"), Overall(Eif, new DateOnly(2023, 5, 1), "3"), Overall(Eif, new DateOnly(2024, 5, 1), "1")),
        // F: good then good.
        Setting(SectorGroup.Maintained, [], Overall(Eif, new DateOnly(2019, 10, 1), "2"), Overall(Eif, new DateOnly(2023, 9, 1), "2")),
        // G: not inspected in the period.
        Setting(SectorGroup.Maintained, [], Overall(Eif, new DateOnly(2020, 10, 1), "4"), Overall(Eif, new DateOnly(2022, 10, 1), "2")),
        // H: awarded after the date: with the others; its report card after an EIF grade is not comparable.
        Setting(SectorGroup.Maintained, AwardedOn(2027, 1), Overall(Eif, new DateOnly(2021, 10, 1), "3"), Areas(new DateOnly(2026, 4, 1), ("inclusion", "expected"))));

    [Fact]
    public void Improvement_ComparesEachInspectionDuringOrAfterAccreditation_WithTheOneBefore()
    {
        var table = ImprovementExample().Improvement;

        Assert.Equal(new DateOnly(2023, 1, 1), table.From);
        Assert.Equal(["Overall effectiveness", "Quality of education"], table.Rows.Select(r => r.AreaName));
        var overall = table.Rows[0];
        Assert.Equal(("1 of 2 (50%)", "1 of 2 (50%)"), (overall.Accredited.Improved.ToString(), overall.Accredited.ImprovedByTwo.ToString()));
        Assert.Equal(("1 of 2 (50%)", "0 of 2 (0%)"), (overall.Other.Improved.ToString(), overall.Other.ImprovedByTwo.ToString()));
        Assert.True(overall.Accredited.Improved.TooSmallToCompare);
        var education = table.Rows[1];
        Assert.Equal(("1 of 1", "0 of 1"), ($"{education.Accredited.Improved.Count} of {education.Accredited.Improved.Of}",
            $"{education.Accredited.ImprovedByTwo.Count} of {education.Accredited.ImprovedByTwo.Of}"));
        Assert.Equal(0, education.Other.Improved.Of);
    }

    [Fact]
    public void Improvement_SkipsPairsOnDifferentScales_AndSaysHowMany()
    {
        var report = ImprovementExample();

        Assert.Equal((1, 1), (report.Improvement.AccreditedNotComparable, report.Improvement.OtherNotComparable));
        Assert.Contains("2 settings' inspections were left out of the improvement figures because the inspection before was graded on a different scale.", report.Notes);
    }

    [Fact]
    public void Improvement_WithNoAwardByTheDate_IsEmpty()
    {
        var table = Report(new DateOnly(2022, 12, 31), Setting(SectorGroup.Maintained, AwardedOn(2023, 1), Overall(Eif, new DateOnly(2021, 3, 1), "3"), Overall(Eif, new DateOnly(2022, 6, 1), "1"))).Improvement;

        Assert.Equal((null, 0), (table.From, table.Rows.Count));
    }

    [Fact]
    public void RenewedFrameworkAreas_AreDistributedByGrade_AccreditedAgainstOther()
    {
        var report = Report(At,
            Setting(SectorGroup.PrivateVoluntaryIndependent, [Since2024], Areas(new DateOnly(2026, 1, 5), ("inclusion", "strong"))),
            Setting(SectorGroup.PrivateVoluntaryIndependent, [Since2024], Areas(new DateOnly(2026, 2, 5), ("inclusion", "exceptional"))),
            Setting(SectorGroup.Maintained, [], Areas(new DateOnly(2026, 3, 5), ("inclusion", "expected"))),
            // Latest inspection under the EIF: not in this table.
            Setting(SectorGroup.Maintained, [], Overall(Eif, new DateOnly(2025, 3, 5), "1")));

        var inclusion = Assert.Single(report.RenewedAreas);
        Assert.Equal((Renewed, "inclusion", "Inclusion"), (inclusion.FrameworkCode, inclusion.AreaCode, inclusion.AreaName));
        Assert.Equal(
            [
                ("Exceptional", "1 of 2 (50%)", "0 of 1 (0%)"),
                ("Strong standard", "1 of 2 (50%)", "0 of 1 (0%)"),
                ("Expected standard", "0 of 2 (0%)", "1 of 1 (100%)"),
                ("Needs attention", "0 of 2 (0%)", "0 of 1 (0%)"),
                ("Urgent improvement", "0 of 2 (0%)", "0 of 1 (0%)"),
            ],
            inclusion.Grades.Select(g => (g.GradeLabel, g.Accredited.ToString(), g.Other.ToString())));
        Assert.Contains(report.Notes, n => n.Contains("correlation, not a cause", StringComparison.Ordinal));
        Assert.Contains("Some groups in this report are too small to compare; they are marked.", report.Notes);
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void AGroupUnderTen_IsTooSmallToCompare(int of, bool tooSmall) => Assert.Equal(tooSmall, new Share(1, of).TooSmallToCompare);

    [Theory]
    [InlineData("Private", "Childcare on non-domestic premises", SectorGroup.PrivateVoluntaryIndependent)]
    [InlineData("Voluntary", "Childcare on non-domestic premises", SectorGroup.PrivateVoluntaryIndependent)]
    [InlineData("independent", null, SectorGroup.PrivateVoluntaryIndependent)]
    [InlineData("Maintained", "Childcare on non-domestic premises", SectorGroup.Maintained)]
    [InlineData(null, "Childminder", SectorGroup.Childminder)]
    [InlineData(null, "Childcare on non-domestic premises", SectorGroup.NotKnown)]
    public void Sector_IsMappedFromTheRegister(string? sector, string? providerType, SectorGroup expected) =>
        Assert.Equal(expected, SectorGroups.From(sector, providerType));
}
