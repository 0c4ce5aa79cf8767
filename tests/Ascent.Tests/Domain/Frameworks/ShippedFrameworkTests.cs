using Ascent.Web.Domain.Frameworks;

namespace Ascent.Tests.Domain.Frameworks;

public sealed class ShippedFrameworkTests
{
    private static readonly FrameworkRegistry Registry = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    [Fact]
    public void LoadFromDirectory_LoadsEveryShippedFramework()
    {
        Assert.Equal(
            ["acecqa-nqs-2018", "ofsted-cif", "ofsted-compliance", "ofsted-eif-2019", "ofsted-renewed-2025"],
            Registry.All.Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.All(Registry.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Licence)));
    }

    [Fact]
    public void Eif_HasOverallAsHeadlineFourKeyJudgementsAndSafeguardingApart()
    {
        var eif = Registry.Get("ofsted-eif-2019");

        Assert.Equal(
            ["overall", "quality-of-education", "behaviour-and-attitudes", "personal-development", "leadership-and-management", "safeguarding"],
            eif.Areas.Select(a => a.Code));
        Assert.Equal("overall", eif.HeadlineArea?.Code);
        Assert.Equal(4, eif.KeyJudgements.Count());
        Assert.True(eif.Area("safeguarding").IsReportedSeparately);
        Assert.Equal("Effectiveness of leadership and management", eif.Area("leadership-and-management").Name);
        Assert.Equal(new DateOnly(2019, 9, 1), eif.ValidFrom);
        Assert.Equal(new DateOnly(2025, 11, 9), eif.ValidTo);
        Assert.Equal("Contains public sector information licensed under the Open Government Licence v3.0.", eif.Licence);
    }

    [Fact]
    public void Eif_LabelsGradesByCode()
    {
        var eif = Registry.Get("ofsted-eif-2019");

        Assert.Equal("Good", eif.Label("overall", "2"));
        Assert.Equal("Requires improvement", eif.Label("quality-of-education", "3"));
        Assert.Equal("No", eif.Label("safeguarding", "no"));
        Assert.Throws<KeyNotFoundException>(() => eif.Label("overall", "5"));
        Assert.Throws<KeyNotFoundException>(() => eif.Label("inclusion", "1"));
    }

    [Fact]
    public void Renewed_HasSevenAreasAndNoHeadline()
    {
        var renewed = Registry.Get("ofsted-renewed-2025");

        Assert.Equal(7, renewed.Areas.Count);
        Assert.Null(renewed.HeadlineArea);
        Assert.Equal("safeguarding", renewed.Areas[0].Code);
        Assert.True(renewed.Areas[0].IsReportedSeparately);
        Assert.Equal("Not met", renewed.Label("safeguarding", "not-met"));
        Assert.Equal("Behaviour, attitudes and routines", renewed.Area("behaviour-attitudes-and-routines").Name);
        Assert.Equal("Children's welfare and well-being", renewed.Area("welfare-and-wellbeing").Name);
    }

    [Fact]
    public void Renewed_ScaleRunsFromExceptionalToUrgentImprovementWithColours()
    {
        var scale = Registry.Get("ofsted-renewed-2025").ScaleFor("achievement");

        Assert.Equal(
            ["exceptional", "strong", "expected", "needs-attention", "urgent-improvement"],
            scale.GradesBestFirst.Select(v => v.Code));
        Assert.Equal("Strong standard", scale.Value("strong").Label);
        Assert.Equal("amber", scale.Value("needs-attention").Colour);
        Assert.True(scale.IsBetter("expected", "needs-attention"));
    }

    [Fact]
    public void Nqs_HasSevenQualityAreasFifteenStandardsAndFortyElements()
    {
        var nqs = Registry.Get("acecqa-nqs-2018");
        var qualityAreas = nqs.KeyJudgements.ToList();

        Assert.Equal(["qa1", "qa2", "qa3", "qa4", "qa5", "qa6", "qa7"], qualityAreas.Select(a => a.Code));
        Assert.Equal(15, qualityAreas.Sum(a => a.Children.Count));
        Assert.Equal(40, qualityAreas.SelectMany(a => a.Children).Sum(s => s.Children.Count));
        Assert.Equal("overall", nqs.HeadlineArea?.Code);
        Assert.Equal("Child safety and protection", nqs.Area("2.2.3").Name);
        Assert.Equal("2.2.3", nqs.Area("qa2").Find("2.2.3")?.Code);
        Assert.Null(nqs.Area("qa1").Find("2.2.3"));
        Assert.Equal("Collaborative partnerships with families and communities", nqs.Area("qa6").Name);
    }

    [Fact]
    public void Scales_RankBestFirst()
    {
        var ofsted = Registry.Get("ofsted-eif-2019").ScaleFor("overall");
        var nqs = Registry.Get("acecqa-nqs-2018").ScaleFor("overall");

        Assert.True(ofsted.IsBetter("1", "2"));
        Assert.False(ofsted.IsBetter("4", "3"));
        Assert.True(nqs.IsBetter("exceeding", "meeting"));
        Assert.True(nqs.IsBetter("excellent", "exceeding"));
        Assert.False(nqs.IsBetter("working-towards", "meeting"));
        Assert.Equal("Excellent", nqs.GradesBestFirst.First().Label);
    }

    [Fact]
    public void Nqs_ProvisionalIsAStatusThatCannotBeCompared()
    {
        var nqs = Registry.Get("acecqa-nqs-2018").ScaleFor("qa1");

        Assert.False(nqs.Value("provisional").IsGrade);
        Assert.Equal("Provisional – Not Yet Assessed", nqs.Value("provisional").Label);
        Assert.DoesNotContain(nqs.GradesBestFirst, v => v.Code == "provisional");
        Assert.Throws<InvalidOperationException>(() => nqs.IsBetter("provisional", "meeting"));
    }

    [Theory]
    [InlineData("2012-06-30", "ofsted-cif")]
    [InlineData("2019-08-31", "ofsted-cif")]
    [InlineData("2019-09-01", "ofsted-eif-2019")]
    [InlineData("2025-11-09", "ofsted-eif-2019")]
    [InlineData("2025-11-10", "ofsted-renewed-2025")]
    [InlineData("2027-01-01", "ofsted-renewed-2025")]
    public void ForInspectionDate_ChoosesOfstedFrameworkInForce(string date, string expected) =>
        Assert.Equal(expected, Registry.ForInspectionDate("Ofsted", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Code);

    [Fact]
    public void ForInspectionDate_NeverChoosesComplianceAndKnowsNoFrameworkBeforeTheNqs()
    {
        Assert.False(Registry.Get("ofsted-compliance").SelectByDate);
        Assert.Equal("Not met (with actions)", Registry.Get("ofsted-compliance").Label("outcome", "not-met-with-actions"));
        Assert.Equal("acecqa-nqs-2018", Registry.ForInspectionDate("ACECQA", new DateOnly(2024, 3, 1))?.Code);
        Assert.Null(Registry.ForInspectionDate("ACECQA", new DateOnly(2015, 3, 1)));
    }

    [Fact]
    public void TryGet_UnknownCode_ReturnsFalse()
    {
        Assert.False(Registry.TryGet("ofsted-eif-2099", out var missing));
        Assert.Null(missing);
        Assert.True(Registry.TryGet("ofsted-cif", out var cif));
        Assert.Equal("Overall effectiveness", cif.Area("overall").Name);
        Assert.Throws<KeyNotFoundException>(() => Registry.Get("ofsted-eif-2099"));
    }

    [Fact]
    public void Renewed_GivesGuidanceForEveryAreaASettingEvaluates() =>
        Assert.All(Registry.Get("ofsted-renewed-2025").Areas, a => Assert.False(string.IsNullOrWhiteSpace(a.Guidance)));
}
