using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;

namespace Ascent.Tests.Domain.SelfEvaluation;

public sealed class VoiceQuestionsLoaderTests
{
    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);
    private static readonly string[] EifAreas = ["quality-of-education", "behaviour-and-attitudes", "personal-development", "leadership-and-management", "safeguarding"];
    private static readonly string ShippedFile = Path.Combine(Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!, "voices", "questions.yaml");

    [Fact]
    public void TheShippedFile_AsksParentsAndStaffAboutEveryAreaOfEveryFrameworkASettingGradesItselfOn()
    {
        var defaults = VoiceQuestionDefaults.LoadFromFile(ShippedFile, Frameworks);

        foreach (var framework in Frameworks.All.Where(f => Evaluation.AreasOf(f).Any()))
        {
            foreach (var area in Evaluation.AreasOf(framework))
            {
                var parents = defaults.For(framework.Code, area, VoiceAudience.Parent);
                var staff = defaults.For(framework.Code, area, VoiceAudience.Staff);
                // Written for them: never the framework's name for the area, never the general fallback question.
                Assert.NotEqual(area.Name, parents.Heading);
                Assert.NotEqual(VoiceQuestions.ForArea(VoiceAudience.Parent), parents.Question);
                Assert.NotEqual(VoiceQuestions.ForArea(VoiceAudience.Staff), staff.Question);
                Assert.NotEqual(parents.Question, staff.Question);
            }
        }

        var renewed = Frameworks.Get("ofsted-renewed-2025");
        Assert.Equal(
            new VoiceWording("What your child learns and does here", "Does your child talk to you about what they have been doing at nursery? Do we tell you enough about it?"),
            defaults.For(renewed.Code, renewed.Area("curriculum-and-teaching"), VoiceAudience.Parent));
    }

    [Fact]
    public void ForAudience_TakesTheLasOwnWordingForItsAudienceAndFramework_AndAscentsForTheRest()
    {
        var defaults = VoiceQuestionDefaults.LoadFromFile(ShippedFile, Frameworks);
        var renewed = Frameworks.Get("ofsted-renewed-2025");
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        AreaVoiceQuestion[] own =
        [
            new(1, renewed.Code, "inclusion", VoiceAudience.Parent, new("  Everyone   welcome ", "Does your child feel they belong here?"), "Ann Admin", at),
            new(1, renewed.Code, "achievement", VoiceAudience.Staff, new("Progress", "What have your key children learned this term?"), "Ann Admin", at),
            new(1, "ofsted-eif-2019", "safeguarding", VoiceAudience.Parent, new("Safety", "Another framework's question"), "Ann Admin", at),
        ];

        var asked = defaults.ForAudience(renewed, Evaluation.AreasOf(renewed), VoiceAudience.Parent, own);

        Assert.Equal(7, asked.Count);
        Assert.Equal(new VoiceWording("Everyone welcome", "Does your child feel they belong here?"), asked.Single(a => a.Area.Code == "inclusion").Wording);
        Assert.Equal(defaults.For(renewed.Code, renewed.Area("achievement"), VoiceAudience.Parent), asked.Single(a => a.Area.Code == "achievement").Wording);
        Assert.Equal(defaults.For(renewed.Code, renewed.Area("safeguarding"), VoiceAudience.Parent), asked.Single(a => a.Area.Code == "safeguarding").Wording);
    }

    [Fact]
    public void AFrameworkTheFileDoesNotList_AsksTheGeneralQuestionUnderTheAreasName()
    {
        var defaults = VoiceQuestionsLoader.Parse(Yaml("ofsted-eif-2019", EifAreas), "questions.yaml", Frameworks);
        var renewed = Frameworks.Get("ofsted-renewed-2025");

        Assert.Equal(new VoiceWording("Inclusion", VoiceQuestions.ForArea(VoiceAudience.Staff)), defaults.For(renewed.Code, renewed.Area("inclusion"), VoiceAudience.Staff));
    }

    [Theory]
    [InlineData("no-such-framework", 2, "framework 'no-such-framework' is not one of frameworks/*.yaml")]
    [InlineData("ofsted-cif", 2, "framework 'ofsted-cif' has no areas a setting grades itself on")]
    public void AFrameworkThatCannotBeAskedAbout_IsRefusedWithItsLine(string framework, int line, string reason)
    {
        var error = Assert.Throws<DefinitionException>(() => VoiceQuestionsLoader.Parse(Yaml(framework, EifAreas), "questions.yaml", Frameworks));

        Assert.Equal(line, error.Line);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAreaThatIsNotTheFrameworks_OrIsMissing_OrLacksAnAudience_IsRefusedWithItsLine()
    {
        var unknown = Assert.Throws<DefinitionException>(() => VoiceQuestionsLoader.Parse(Yaml("ofsted-eif-2019", ["quality-of-education", "inclusion"]), "questions.yaml", Frameworks));
        Assert.Equal(11, unknown.Line);
        Assert.StartsWith("area 'inclusion' is not an area of 'ofsted-eif-2019'", unknown.Reason, StringComparison.Ordinal);

        var missing = Assert.Throws<DefinitionException>(() => VoiceQuestionsLoader.Parse(Yaml("ofsted-eif-2019", EifAreas[..^1]), "questions.yaml", Frameworks));
        Assert.Equal(2, missing.Line);
        Assert.StartsWith("area 'safeguarding' (Safeguarding is effective?) of 'ofsted-eif-2019' has no questions", missing.Reason, StringComparison.Ordinal);

        var noStaff = Yaml("ofsted-eif-2019", EifAreas).Replace("        staff:\n          heading: Staff heading\n          question: A question for staff?\n", "", StringComparison.Ordinal);
        var lacking = Assert.Throws<DefinitionException>(() => VoiceQuestionsLoader.Parse(noStaff, "questions.yaml", Frameworks));
        Assert.Equal(4, lacking.Line);
        Assert.StartsWith("staff is required", lacking.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeadingOrQuestionTooLongOrMissing_IsRefusedWithItsLine()
    {
        var yaml = Yaml("ofsted-eif-2019", EifAreas);
        var tooLong = Assert.Throws<DefinitionException>(() => VoiceQuestionsLoader.Parse(yaml.Replace("heading: Parents heading", "heading: " + new string('x', 101), StringComparison.Ordinal), "questions.yaml", Frameworks));
        Assert.Equal(6, tooLong.Line);
        Assert.Equal("The heading must be 100 characters or fewer (parents, heading).", tooLong.Reason);

        var empty = Assert.Throws<DefinitionException>(() => VoiceQuestionsLoader.Parse(yaml.Replace("question: A question for parents?", "question: \"\"", StringComparison.Ordinal), "questions.yaml", Frameworks));
        Assert.Equal(7, empty.Line);
        Assert.Equal("question is required.", empty.Reason);
    }

    // Line 1 "frameworks:", 2 "- framework:", 3 "areas:"; each area takes 7 lines from line 4.
    private static string Yaml(string framework, string[] areas) =>
        $"frameworks:\n  - framework: {framework}\n    areas:\n"
        + string.Concat(areas.Select(a =>
            $"      - area: {a}\n        parents:\n          heading: Parents heading\n          question: A question for parents?\n        staff:\n          heading: Staff heading\n          question: A question for staff?\n"));
}
