using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Partnerships;

namespace Ascent.Tests.Domain.Partnerships;

/// Ascent's suggested buddies, without a database: the areas a setting needs support in, and the settings near it
/// strong in them, with room and not in support, ranked and explained.
public sealed class BuddySuggestionsTests
{
    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    private static readonly InspectionFacts NeedsAttention = new("ofsted-renewed-2025", new DateOnly(2026, 11, 11), null, new Dictionary<string, string>
    {
        ["safeguarding"] = "met",
        ["curriculum-and-teaching"] = "needs-attention",
        ["leadership-and-governance"] = "needs-attention",
        ["achievement"] = "expected",
    });

    private static readonly SupportedFacts Acorns = new(1, "Little Acorns", "Northfield Central", "NF7 2AB", NeedsAttention, []);

    private static CandidateFacts Candidate(int id, string name, string? locality, string postcode, InspectionFacts latest, StandingBand band = StandingBand.Meets, bool inSupport = false, int buddying = 0) =>
        new(id, name, locality, postcode, latest, band, inSupport, buddying);

    private static InspectionFacts Renewed(string curriculum, string leadership, DateOnly? on = null) => new("ofsted-renewed-2025", on ?? new DateOnly(2026, 3, 12), null,
        new Dictionary<string, string> { ["curriculum-and-teaching"] = curriculum, ["leadership-and-governance"] = leadership, ["safeguarding"] = "met" });

    private static InspectionFacts Eif(string overall) => new("ofsted-eif-2019", new DateOnly(2023, 6, 14), overall, new Dictionary<string, string>());

    [Fact]
    public void TheNeeds_AreTheAreasGradedWeak_AndThoseOfOpenGoals()
    {
        var needs = BuddySuggestions.NeedsOf(Acorns with { GoalAreas = [("ofsted-renewed-2025", "inclusion"), ("ofsted-renewed-2025", "curriculum-and-teaching")] }, Frameworks);
        Assert.Equal(["Curriculum and teaching", "Leadership and governance", "Inclusion"], needs.Select(n => n.AreaName));
        Assert.Equal("Needs attention at its inspection of 11 November 2026", needs[0].Because);
        Assert.Equal("a goal of its improvement plan", needs[2].Because);
    }

    [Fact]
    public void ASuggestion_IsExplainedInPlainWords()
    {
        var needs = BuddySuggestions.NeedsOf(Acorns, Frameworks);
        var suggestion = Assert.Single(BuddySuggestions.Suggest(Acorns, needs, [Candidate(2, "Oak Tree Nursery", "Northfield Central", "NF9 1AA", Renewed("strong", "exceptional"))], 2, Frameworks));
        Assert.Equal("Strong in Curriculum and teaching and in Leadership and governance (inspected 12 March 2026); same locality, Northfield Central; buddying no one now", suggestion.Reason);
    }

    [Fact]
    public void UnderAnotherFramework_TheAreaIsMatchedByName_OrTheOverallGradeIsUsed()
    {
        var needs = BuddySuggestions.NeedsOf(Acorns, Frameworks);
        var graded = new InspectionFacts("ofsted-eif-2019", new DateOnly(2024, 1, 9), "2", new Dictionary<string, string> { ["quality-of-education"] = "1", ["leadership-and-management"] = "2" });
        var suggestions = BuddySuggestions.Suggest(Acorns, needs,
            [Candidate(2, "Birch Pre-school", null, "NF7 3CD", Eif("1"), buddying: 1), Candidate(3, "Cedar Nursery", null, "NF7 4EF", graded)], 2, Frameworks);
        Assert.Equal(["Cedar Nursery", "Birch Pre-school"], suggestions.Select(s => s.Name));
        Assert.Equal("Strong in Quality of education and in Effectiveness of leadership and management (inspected 9 January 2024); same postcode district NF7; buddying no one now", suggestions[0].Reason);
        Assert.Equal("Outstanding overall (inspected 14 June 2023); same postcode district NF7; buddying 1 setting now", suggestions[1].Reason);
    }

    [Fact]
    public void SettingsInSupport_AtTheLimit_WeakThemselves_OrFarAway_AreNotSuggested()
    {
        var needs = BuddySuggestions.NeedsOf(Acorns, Frameworks);
        var suggestions = BuddySuggestions.Suggest(Acorns, needs,
        [
            Candidate(1, "Little Acorns", "Northfield Central", "NF7 2AB", Renewed("strong", "strong")),
            Candidate(2, "In support", "Northfield Central", "NF7 1AA", Renewed("strong", "strong"), inSupport: true),
            Candidate(3, "At the limit", "Northfield Central", "NF7 1AA", Renewed("strong", "strong"), buddying: 2),
            Candidate(4, "Needs attention itself", "Northfield Central", "NF7 1AA", Renewed("strong", "strong"), band: StandingBand.Improve),
            Candidate(5, "Far away", "Eastmoor South", "EM3 1AA", Renewed("strong", "strong")),
            Candidate(6, "Weak where it is needed", "Northfield Central", "NF7 1AA", Renewed("needs-attention", "needs-attention")),
            Candidate(7, "Good", "Northfield Central", "NF7 1AA", Renewed("strong", "expected")),
        ], 2, Frameworks);
        Assert.Equal("Good", Assert.Single(suggestions).Name);
    }

    [Fact]
    public void TheSameLocality_ComesFirst_ThenTheDistrict_ThenTheArea_AtMostFive()
    {
        var needs = BuddySuggestions.NeedsOf(Acorns, Frameworks);
        List<CandidateFacts> candidates =
        [
            Candidate(2, "Area", null, "NF12 1AA", Renewed("exceptional", "exceptional")),
            Candidate(3, "District", null, "NF7 1AA", Renewed("exceptional", "exceptional")),
            Candidate(4, "Locality, one strength", "Northfield Central", "NF9 1AA", Renewed("strong", "needs-attention")),
            Candidate(5, "Locality, two strengths", "Northfield Central", "NF9 1AA", Renewed("strong", "strong")),
            .. Enumerable.Range(10, 4).Select(i => Candidate(i, $"Area {i}", null, $"NF{i} 1AA", Renewed("strong", "strong"))),
        ];
        var suggestions = BuddySuggestions.Suggest(Acorns, needs, candidates, 2, Frameworks);
        Assert.Equal(5, suggestions.Count);
        Assert.Equal(["Locality, two strengths", "Locality, one strength", "District", "Area"], suggestions.Take(4).Select(s => s.Name));
        Assert.Contains("same postcode area NF, district NF12", suggestions[3].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NF7 2AB", "NF7", "NF")]
    [InlineData("nf12 3cd", "NF12", "NF")]
    [InlineData("M11AE", "M1", "M")]
    [InlineData(null, null, null)]
    public void ThePostcodeDistrictAndArea_AreReadFromThePostcode(string? postcode, string? district, string? area)
    {
        Assert.Equal(district, BuddySuggestions.District(postcode));
        Assert.Equal(area, BuddySuggestions.Area(postcode));
    }
}
