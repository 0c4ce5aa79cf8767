using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;

namespace Ascent.Tests.Domain.Improvement;

/// Which framework area an inspection's or a visit's action is about, from its words.
public sealed class AreaMatcherTests
{
    private static readonly FrameworkRegistry Registry = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    private static string? BestIn(string frameworkCode, string text) =>
        GoalsFromActions.SuggestedArea(text, Registry.Get(frameworkCode))?.Code;

    [Theory]
    [InlineData("Ensure that all staff receive regular supervision that identifies and addresses gaps in their practice", "leadership-and-governance")]
    [InlineData("Plan a curriculum for two-year-olds that builds on what they already know and can do", "curriculum-and-teaching")]
    [InlineData("Strengthen the key-person system so that every child has a secure attachment", "welfare-and-wellbeing")]
    [InlineData("Ensure that the designated safeguarding lead knows how to refer concerns about a child", "safeguarding")]
    [InlineData("Improve the support for children with special educational needs and disabilities", "inclusion")]
    [InlineData("Help children to manage their feelings and behaviour during transitions", "behaviour-attitudes-and-routines")]
    public void TheRenewedFramework_MatchesAnActionToTheAreaItConcerns(string text, string area) =>
        Assert.Equal(area, BestIn("ofsted-renewed-2025", text));

    [Theory]
    [InlineData("Ensure that all staff receive regular supervision that identifies and addresses gaps in their practice", "leadership-and-management")]
    [InlineData("Improve teaching so that children's vocabulary develops well", "quality-of-education")]
    [InlineData("Ensure that staff understand the procedures to follow if they have concerns about a child's welfare, including safer recruitment", "safeguarding")]
    public void TheEif_MatchesAnActionToTheAreaItConcerns(string text, string area) =>
        Assert.Equal(area, BestIn("ofsted-eif-2019", text));

    [Fact]
    public void TheNqs_MatchesAnElementByItsName() =>
        Assert.Equal("2.2.1", BestIn("acecqa-nqs-2018", "Improve the supervision of children in the outdoor space"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Ensure that all staff know what to do")]
    [InlineData("Xyzzy plugh")]
    public void NothingMatchesWell_NoArea(string text) => Assert.Null(BestIn("ofsted-renewed-2025", text));

    [Fact]
    public void TwoAreasMatchingEqually_NoArea()
    {
        FrameworkArea[] areas = [new("a", "Outdoor play", null, false, false, []), new("b", "Outdoor learning", null, false, false, [])];

        Assert.Null(AreaMatcher.Best("More outdoor time", areas));
        Assert.Equal("b", AreaMatcher.Best("More outdoor learning", areas)?.Code);
    }

    [Fact]
    public void OneGuidanceWordAlone_IsNotEnough_ButANameWordIs()
    {
        FrameworkArea[] areas = [new("a", "Meals", null, false, false, [], Guidance: "How are snacks planned?"), new("b", "Stories", null, false, false, [])];

        Assert.Null(AreaMatcher.Best("Review the snacks", areas));
        Assert.Equal("a", AreaMatcher.Best("Review the meals", areas)?.Code);
        Assert.Equal("b", AreaMatcher.Best("Read more stories", areas)?.Code);
    }

    [Fact]
    public void KeywordsCountAsMuchAsTheName()
    {
        FrameworkArea[] areas = [new("a", "Leadership", null, false, false, [], Keywords: ["supervision"]), new("b", "Care", null, false, false, [])];

        Assert.Equal("a", AreaMatcher.Best("Termly supervisions for everyone", areas)?.Code);
    }

    [Theory]
    [InlineData("supervision", "supervising", "supervised", "supervise")]
    [InlineData("assessments", "assessment", "assessing", "assessed")]
    [InlineData("routines", "routine", "routine", "routine")]
    [InlineData("planned", "planning", "plans", "plan")]
    [InlineData("activities", "activity", "activity", "activity")]
    public void Stem_MakesFormsOfAWordOne(string first, string second, string third, string fourth) =>
        Assert.Single(new[] { first, second, third, fourth }.Select(AreaMatcher.Stem).Distinct());

    [Fact]
    public void Stem_KeepsShortWordsAndDoubleSWhole()
    {
        Assert.Equal("address", AreaMatcher.Stem("address"));
        Assert.Equal("gap", AreaMatcher.Stem("gaps"));
        Assert.Equal("bed", AreaMatcher.Stem("bed"));
    }

    [Fact]
    public void Stems_LeaveOutCommonWordsAndPossessives() =>
        Assert.Equal(["supervis", "need"], AreaMatcher.Stems("Ensure that the children's staff have the supervision they need"));
}
