using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Frameworks;

/// A setting's standing under each shipped framework, from the frameworks' own data.
public sealed class StandingTests
{
    private static readonly FrameworkRegistry Registry = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    private static readonly string[] RenewedAreas =
        ["inclusion", "curriculum-and-teaching", "achievement", "behaviour-attitudes-and-routines", "welfare-and-wellbeing", "leadership-and-governance"];

    private static string Of(string framework, string? overall, params (string Area, string Grade)[] grades) =>
        Registry.StandingOf(framework, overall, grades.Select(g => KeyValuePair.Create(g.Area, g.Grade))).Code;

    private static (string, string)[] Renewed(string safeguarding, params string[] grades) =>
        [("safeguarding", safeguarding), .. RenewedAreas.Select((area, i) => (area, i < grades.Length ? grades[i] : "expected"))];

    [Theory]
    [InlineData("ofsted-eif-2019", "1", "good-or-better")]
    [InlineData("ofsted-eif-2019", "2", "good-or-better")]
    [InlineData("ofsted-eif-2019", "3", "requires-improvement")]
    [InlineData("ofsted-eif-2019", "4", "inadequate")]
    [InlineData("ofsted-cif", "2", "good-or-better")]
    [InlineData("ofsted-cif", "3", "requires-improvement")]
    [InlineData("ofsted-cif", "4", "inadequate")]
    [InlineData("ofsted-compliance", "met", "met")]
    [InlineData("ofsted-compliance", "not-met-with-actions", "not-met")]
    [InlineData("ofsted-compliance", "not-met-enforcement", "not-met")]
    [InlineData("acecqa-nqs-2018", "excellent", "meeting-nqs-or-above")]
    [InlineData("acecqa-nqs-2018", "exceeding", "meeting-nqs-or-above")]
    [InlineData("acecqa-nqs-2018", "meeting", "meeting-nqs-or-above")]
    [InlineData("acecqa-nqs-2018", "working-towards", "working-towards-nqs")]
    [InlineData("acecqa-nqs-2018", "significant-improvement-required", "significant-improvement-required")]
    [InlineData("acecqa-nqs-2018", "provisional", "provisional-not-yet-assessed")]
    public void FrameworksWithAnOverallGrade_StandByIt(string framework, string overall, string standing) =>
        Assert.Equal(standing, Of(framework, overall, ("overall", overall)));

    [Fact]
    public void EifStandings_IgnoreTheKeyJudgements_AndReadAsACouncilOfficerWouldSayThem()
    {
        Assert.Equal("good-or-better", Of("ofsted-eif-2019", "2", ("quality-of-education", "3"), ("safeguarding", "yes")));
        Assert.Equal("Good or better", Registry.FindStanding("good-or-better").Label);
        Assert.Equal("Requires improvement", Registry.FindStanding("requires-improvement").Label);
    }

    [Fact]
    public void Renewed_SafeguardingMetAndEveryAreaExpectedOrAbove_MeetsTheExpectedStandard()
    {
        Assert.Equal("expected-standard-or-above", Of("ofsted-renewed-2025", null, Renewed("met", "exceptional", "strong", "expected")));
        Assert.Equal("Meets the expected standard or above", Registry.FindStanding("expected-standard-or-above").Label);
    }

    [Fact]
    public void Renewed_AnyAreaNeedingAttention_NeedsAttention()
    {
        Assert.Equal("needs-attention", Of("ofsted-renewed-2025", null, Renewed("met", "strong", "needs-attention")));
        Assert.Equal("Needs attention", Registry.FindStanding("needs-attention").Label);
    }

    [Fact]
    public void Renewed_UrgentImprovementOrSafeguardingNotMet_IsUrgentImprovement()
    {
        Assert.Equal("urgent-improvement", Of("ofsted-renewed-2025", null, Renewed("met", "needs-attention", "urgent-improvement")));
        Assert.Equal("urgent-improvement", Of("ofsted-renewed-2025", null, Renewed("not-met", "exceptional", "strong")));
        Assert.Equal(StandingBand.Urgent, Registry.FindStanding("urgent-improvement").Band);
    }

    [Fact]
    public void ARenewedInspectionWithoutGrades_IsNotCountedAsMeetingAnything()
    {
        Assert.Equal(Standing.NotKnown.Code, Of("ofsted-renewed-2025", null));
        Assert.Equal(Standing.NotKnown.Code, Of("no-such-framework", "2"));
    }

    [Fact]
    public void Standings_AreListedOnceEach_BestBandFirst_NotYetInspectedLast()
    {
        var codes = Registry.Standings.Select(s => s.Code).ToList();
        Assert.Equal(codes.Distinct(), codes);
        Assert.Equal(Standing.NotYetInspectedCode, codes[^1]);
        Assert.Equal(Registry.Standings.Select(s => s.Band).Order(), Registry.Standings.Select(s => s.Band));
        Assert.Contains("good-or-better", codes); // shared by the EIF and the CIF, listed once
        Assert.Equal(Standing.NotYetInspected, Registry.FindStanding(null));
        Assert.Equal(Standing.NotKnown, Registry.FindStanding("withdrawn-code"));
    }

    [Fact]
    public void ASetting_StandsByItsLatestGradedInspection_ThenItsLatestComplianceOutcome_ThenNotYetInspected()
    {
        var setting = new Setting(1, "EY000001", "Test Nursery", "Childminder", null);
        setting.RefreshLatestInspection(Registry);
        Assert.Equal("not-yet-inspected", setting.StandingCode);

        setting.Inspections.Add(new Inspection(setting, "1", new DateOnly(2020, 1, 1), "No children on roll", "ofsted-compliance", "not-met-with-actions"));
        setting.RefreshLatestInspection(Registry);
        Assert.Equal("not-met", setting.StandingCode);
        Assert.Null(setting.LatestOverallGrade);

        setting.Inspections.Add(new Inspection(setting, "2", new DateOnly(2021, 1, 1), "Full inspection", "ofsted-eif-2019", "3"));
        setting.Inspections.Add(new Inspection(setting, "3", new DateOnly(2022, 1, 1), "Childcare Register", "ofsted-compliance", "met"));
        setting.RefreshLatestInspection(Registry);
        Assert.Equal("requires-improvement", setting.StandingCode);

        var renewed = new Inspection(setting, "4", new DateOnly(2026, 11, 24), "Full inspection", "ofsted-renewed-2025", null);
        foreach (var (area, grade) in Renewed("met", "needs-attention"))
            renewed.SetGrade(area, grade);
        setting.Inspections.Add(renewed);
        setting.RefreshLatestInspection(Registry);
        Assert.Equal(("needs-attention", "ofsted-renewed-2025", new DateOnly(2026, 11, 24)), (setting.StandingCode, setting.LatestFrameworkCode, setting.LatestInspectionDate));
    }

    [Fact]
    public void AStandingNamingAGradeTheFrameworkDoesNotHave_StopsStartUp_WithItsLine()
    {
        var yaml = FrameworkFiles.Minimal + """

            standings:
              - { code: fine, label: Fine, band: meets, overall: [good] }
              - { code: poor, label: Poor, band: improve, any_area: [dreadful] }
            """;
        var error = Assert.Throws<DefinitionException>(() => FrameworkLoader.Parse(yaml, "test.yaml"));
        Assert.Contains("grade 'dreadful'", error.Message, StringComparison.Ordinal);
        var line = FrameworkFiles.Minimal.Split('\n').Length + 3; // the second standing
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void AStandingWithAnUnknownBandOrNoCondition_IsRefused()
    {
        Assert.Contains("band 'great'", Assert.Throws<DefinitionException>(() => FrameworkLoader.Parse(FrameworkFiles.Minimal + """

            standings:
              - { code: fine, label: Fine, band: great, overall: [good] }
            """, "test.yaml")).Message, StringComparison.Ordinal);
        Assert.Contains("needs overall, any_area or all_areas", Assert.Throws<DefinitionException>(() => FrameworkLoader.Parse(FrameworkFiles.Minimal + """

            standings:
              - { code: fine, label: Fine, band: meets }
            """, "test.yaml")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFrameworksSharingAStandingCode_MustLabelItTheSame()
    {
        using var folder = new TempFrameworkFolder();
        folder.Write("a.yaml", FrameworkFiles.Minimal + """

            standings:
              - { code: fine, label: Fine, band: meets, overall: [good] }
            """);
        folder.Write("b.yaml", FrameworkFiles.Minimal.Replace("code: test-framework", "code: other-framework", StringComparison.Ordinal)
            .Replace("2020-01-01", "2021-01-01", StringComparison.Ordinal).Replace("2020-12-31", "2021-12-31", StringComparison.Ordinal) + """

            standings:
              - { code: fine, label: Just fine, band: meets, overall: [good] }
            """);
        var error = Assert.Throws<DefinitionException>(() => FrameworkRegistry.LoadFromDirectory(folder.Path));
        Assert.Contains("standing 'fine'", error.Message, StringComparison.Ordinal);
    }
}
