using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

public sealed class SchemeLoaderTests
{
    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    private static readonly string Root = Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!;

    private static readonly InstrumentCatalogue Instruments = InstrumentCatalogue.LoadFromDirectory(Path.Combine(Root, "instruments"));

    private static readonly HashSet<string> InstrumentCodes = ["ecers-3", "iters-3", "leadership", "staff-questionnaire"];

    /// A small valid scheme that the tests break one line at a time (line numbers in the comments).
    internal const string Minimal = """
        code: test-mark
        name: Test mark
        version: "1"
        levels:
          - { code: bronze, name: Bronze }
          - { code: gold, name: Gold }
        cycle:
          accreditation_months: 12
          annual_reviews: 2
          reaccreditation_months: 36
          reminder_days: 60
        entry_criteria:
          - { code: standing, name: Good or better, check: standing, bands: [meets] }
          - { code: self-evaluation, name: Recent self-evaluation, check: self-evaluation, within_months: 12 }
          - { code: judged, name: Reflective, check: coordinator }
        units:
          - code: unit-a
            name: Unit A
            requirements:
              - { code: case-studies, name: Two case studies, kind: case-study, count: 2 }
              - { code: first-audit, name: First audit, kind: audit, instruments: [ecers-3], when: start }
        evaluator:
          visits: 3
          visit_hours: 3.5
          day_rate_pence: 42000
        reaccreditation:
          requirements:
            - { code: entry, name: Still meets the entry criteria, kind: entry-criteria }
        withdrawal:
          - name: Inadequate
            event: new-judgement
            judgements:
              - { framework: ofsted-eif-2019, overall: ["4"] }
        """;

    [Fact]
    public void Minimal_Loads()
    {
        var scheme = SchemeLoader.Parse(Minimal, "test.yaml", Frameworks, InstrumentCodes);

        Assert.Equal("test-mark", scheme.Code);
        Assert.Equal(["Bronze", "Gold"], scheme.Levels.Select(l => l.Name));
        Assert.Equal(new SchemeCycle(12, 2, 36, 60), scheme.Cycle);
        Assert.Equal([StandingBand.Meets], scheme.EntryCriteria[0].Bands);
        Assert.Equal(EntryCheck.Coordinator, scheme.EntryCriteria[2].Check);
        var audit = scheme.Units[0].Requirements[1];
        Assert.Equal((RequirementKind.Audit, RequirementTiming.Start, 1), (audit.Kind, audit.When, audit.Count));
        Assert.Equal(2, scheme.Units[0].Requirements[0].Count);
        Assert.Equal(7m, scheme.Evaluator.DayHours);
        Assert.Empty(scheme.AnnualReview);
        Assert.Single(scheme.Withdrawal);
    }

    [Theory]
    [InlineData("name: Test mark\n", "name: Test mark\ncolour: blue\n", 3, "unknown key 'colour' in a quality-mark scheme")]
    [InlineData("code: test-mark", "code: Test Mark", 1, "code 'Test Mark' must be lower-case letters, digits and hyphens")]
    [InlineData("code: gold, name: Gold", "code: bronze, name: Gold", 6, "code 'bronze' is used by another entry: each level needs its own")]
    [InlineData("reaccreditation_months: 36", "reaccreditation_months: 24", 10, "re-accreditation after 24 months comes before the last of 2 annual reviews")]
    [InlineData("reminder_days: 60", "reminder_days: 0", 11, "reminder_days must be from 1 to 365, not 0")]
    [InlineData("bands: [meets]", "bands: [good]", 13, "band 'good' is not one of: meets, improve, urgent, none")]
    [InlineData("check: coordinator", "check: coordinator, bands: [meets]", 15, "only a standing check names bands")]
    [InlineData("check: self-evaluation, within_months: 12", "check: self-evaluation", 14, "a self-evaluation check needs within_months from 1 to 60")]
    [InlineData("check: coordinator", "check: panel", 15, "check 'panel' is not one of")]
    [InlineData("kind: case-study, count: 2", "kind: case-study, count: 0", 20, "count must be from 1 to 20, not 0")]
    [InlineData("kind: case-study, count: 2", "kind: essay, count: 2", 20, "kind 'essay' is not one of")]
    [InlineData("instruments: [ecers-3]", "instruments: [ecers-4]", 21, "instrument 'ecers-4' is not one Ascent has")]
    [InlineData("kind: audit, instruments: [ecers-3], when: start", "kind: audit, when: start", 21, "instruments is required")]
    [InlineData("kind: case-study, count: 2", "kind: case-study, count: 2, when: end", 20, "only an audit is timed at the start or end")]
    [InlineData("kind: case-study, count: 2", "kind: case-study, instruments: [ecers-3]", 20, "only an audit or a questionnaire names instruments")]
    [InlineData("kind: case-study, count: 2", "kind: entry-criteria", 20, "only re-accreditation checks the entry criteria again")]
    [InlineData("visit_hours: 3.5", "visit_hours: 9", 24, "a visit of 9 hours is longer than a day of 7 hours")]
    [InlineData("visit_hours: 3.5", "visit_hours: half", 24, "visit_hours must be a number of hours above 0 and at most 24, not 'half'")]
    [InlineData("overall: [\"4\"]", "overall: [\"9\"]", 33, "grade '9' is not on any scale of ofsted-eif-2019")]
    [InlineData("event: new-judgement", "event: new-registration", 31, "event 'new-registration' is not one of: new-judgement, enforcement")]
    [InlineData("evaluator:", "evaluators:", 22, "unknown key 'evaluators'")]
    public void BadInput_IsRefused_WithTheLineAndTheReason(string find, string replace, int line, string reason)
    {
        var yaml = Minimal.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Minimal, yaml);

        var error = Assert.Throws<DefinitionException>(() => SchemeLoader.Parse(yaml, "bad.yaml", Frameworks, InstrumentCodes));

        Assert.Equal("bad.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AServiceLevel_GivesDaysOrHours_NotBoth()
    {
        var yaml = Minimal.Replace("reaccreditation:", "service_levels:\n  - { code: first-visit, name: First visit, from: allocation, days: 30, hours: 4 }\nreaccreditation:", StringComparison.Ordinal);

        var error = Assert.Throws<DefinitionException>(() => SchemeLoader.Parse(yaml, "bad.yaml", Frameworks, InstrumentCodes));

        Assert.Equal(27, error.Line);
        Assert.Contains("days or hours, not both", error.Reason, StringComparison.Ordinal);
    }

    /// The shipped scheme is the Kent Quality Mark's shape: a year to accreditation, two annual reviews, re-accreditation
    /// in the third year; Unit A's two case studies, two environment audits and three screenings; Unit B's leadership
    /// audit and staff questionnaires; three half-day visits; seven re-accreditation requirements.
    [Fact]
    public void TheShippedScheme_IsTheKentQualityMarksShape()
    {
        var library = SchemeLibrary.LoadFromDirectory(Path.Combine(Root, "quality-marks"), Frameworks, Instruments);
        var scheme = Assert.Single(library.Shipped).Definition;

        Assert.Equal(new SchemeCycle(12, 2, 36, 60), scheme.Cycle);
        Assert.Equal(2, scheme.Units.Count);
        var unitA = scheme.Units[0].Requirements;
        Assert.Equal(2, unitA.Single(r => r.Kind == RequirementKind.CaseStudy).Count);
        Assert.Equal([RequirementTiming.Start, RequirementTiming.End], unitA.Where(r => r.Kind == RequirementKind.Audit).Select(r => r.When));
        Assert.All(unitA.Where(r => r.Kind == RequirementKind.Audit), r => Assert.Equal(["ecers-3", "iters-3"], r.Instruments));
        Assert.Equal(3, unitA.Single(r => r.Kind == RequirementKind.Screening).Count);
        var unitB = scheme.Units[1].Requirements;
        Assert.True(unitB.Single(r => r.Kind == RequirementKind.Audit).Reviewed);
        Assert.Equal(["staff-questionnaire"], unitB.Single(r => r.Kind == RequirementKind.Questionnaire).Instruments);
        Assert.Equal((3, 3.5m), (scheme.Evaluator.Visits, scheme.Evaluator.VisitHours));
        Assert.Equal(7, scheme.Reaccreditation.Count);
        Assert.Contains(scheme.Reaccreditation, r => r.Kind == RequirementKind.EntryCriteria);
        Assert.Contains(scheme.EntryCriteria, c => c.Check == EntryCheck.Standing && c.Bands.SequenceEqual([StandingBand.Meets]));
        Assert.Contains(scheme.Withdrawal, w => w.EnforcementKinds.Contains("WelfareRequirementsNotice"));
    }

    /// An LA's own version is checked against the instruments Ascent ships, as the shipped file is.
    [Fact]
    public void AnLasOwnVersion_NamingAnInstrumentAscentDoesNotHave_StopsWithItsLine()
    {
        var library = SchemeLibrary.LoadFromDirectory(Path.Combine(Root, "quality-marks"), Frameworks, Instruments);
        var (shipped, yaml) = Assert.Single(library.Shipped);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("instruments: [ecers-3, iters-3]", StringComparison.Ordinal)) + 1;

        Assert.Equal(shipped.Code, library.Parse(yaml, "own.yaml").Code);
        var error = Assert.Throws<DefinitionException>(() => library.Parse(yaml.Replace("[ecers-3, iters-3]", "[ecers-4, iters-3]", StringComparison.Ordinal), "own.yaml"));
        Assert.Equal(("own.yaml", line), (error.File, error.Line));
        Assert.Contains("ecers-4", error.Reason, StringComparison.Ordinal);
    }
}
