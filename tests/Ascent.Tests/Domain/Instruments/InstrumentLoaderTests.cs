using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Instruments;
using static Ascent.Tests.Domain.Instruments.InstrumentFiles;

namespace Ascent.Tests.Domain.Instruments;

public sealed class InstrumentLoaderTests
{
    private const string File = "test.yaml";

    [Fact]
    public void Load_RatingScale_ReadsIndicatorsWithTheirLevelsAndWhereNotApplicableIsAllowed()
    {
        var instrument = InstrumentLoader.Parse(Rating, File);

        Assert.Equal(("test-rating", "2", "2026-07"), (instrument.Code, instrument.Version, instrument.GuidanceVersion));
        Assert.Equal((InstrumentLevel.Room, ScoringRule.EnvironmentRating, true), (instrument.AppliesTo, instrument.Scoring, instrument.TwoObservers));
        var space = instrument.Item("1")!;
        Assert.Equal(["1.1", "3.1", "3.2", "5.1", "7.1"], space.Indicators.Select(i => i.Code));
        Assert.True(space.Indicators[0].Negative);
        Assert.Equal([false, false, true, false, false], space.Indicators.Select(i => i.NotApplicableAllowed));
        Assert.False(space.NotApplicableAllowed);
        Assert.True(instrument.Item("2")!.NotApplicableAllowed);
        Assert.Equal("care", instrument.SubscaleOf(instrument.Item("2")!).Code);
        Assert.Equal("7 Excellent", instrument.Scale.Describe(7));
        Assert.Equal("4", instrument.Scale.Describe(4));
    }

    [Fact]
    public void Load_Checklist_HasTheFixedAnswers_AndItemNotApplicableAndGuidance()
    {
        var instrument = InstrumentLoader.Parse(Checklist, File);

        Assert.Equal(ResponseScale.None, instrument.Scale);
        Assert.Equal("1", instrument.GuidanceVersion); // defaults to the version
        Assert.Equal("Mark what you see.", instrument.Guidance);
        Assert.Equal([false, true], instrument.Items.Select(i => i.NotApplicableAllowed));
        Assert.Equal("Only for group settings.", instrument.Item("2")!.Guidance);
    }

    [Fact]
    public void Load_LeuvenAndLikert_Load()
    {
        Assert.Equal(["wellbeing", "involvement"], InstrumentLoader.Parse(Leuven, File).Items.Select(i => i.Number));
        var likert = InstrumentLoader.Parse(Likert, File);
        Assert.Equal(["Staff", "Managers"], likert.RespondentGroups.Select(g => g.Name));
        Assert.Equal(["Disagree", "Neither", "Agree"], likert.Scale.Labels.Select(l => l.Label));
    }

    [Theory]
    // The instrument as a whole
    [InlineData(nameof(Checklist), "code: test-checklist", "code: Test_Checklist", "code:", "code 'Test_Checklist' must be lower-case letters, digits and hyphens.")]
    [InlineData(nameof(Checklist), "licence: Ours.", "licence: Ours.\nlicense: Ours.", "license:", "unknown key 'license' in an instrument")]
    [InlineData(nameof(Checklist), "licence: Ours.\n", "", "code:", "licence is required.")]
    [InlineData(nameof(Checklist), "scoring: checklist", "scoring: tally", "scoring:", "scoring 'tally' is not one of: environment-rating, leuven, checklist, likert.")]
    [InlineData(nameof(Checklist), "version: \"1\"", "version: \"1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", "version:", "version must be at most 100 characters.")]
    // What each rule records
    [InlineData(nameof(Leuven), "applies_to: child", "applies_to: room", "applies_to:", "a Leuven screening applies to each child: applies_to must be child.")]
    [InlineData(nameof(Likert), "applies_to: respondent", "applies_to: setting", "applies_to:", "a Likert questionnaire applies to each person answering")]
    [InlineData(nameof(Rating), "applies_to: room", "applies_to: child", "applies_to:", "an environment rating or a checklist applies to the setting or a room")]
    [InlineData(nameof(Checklist), "applies_to: setting", "applies_to: respondent", "applies_to:", "an environment rating or a checklist applies to the setting or a room")]
    // Scales
    [InlineData(nameof(Checklist), "scoring: checklist", "scoring: checklist\nscale: { min: 1, max: 3 }", "scale:", "a checklist's answers are fixed")]
    [InlineData(nameof(Rating), "  max: 7", "  max: 5", "  min: 1", "this scoring rule needs a scale from 1 to 7.")]
    [InlineData(nameof(Leuven), "  max: 5", "  max: 7", "  min: 1", "this scoring rule needs a scale from 1 to 5.")]
    [InlineData(nameof(Likert), "  max: 3\n  labels:\n    - { value: 1, label: Disagree }\n    - { value: 2, label: Neither }\n    - { value: 3, label: Agree }", "  max: 1\n  labels:\n    - { value: 1, label: Agree }", "  min: 1", "a Likert scale needs at least 2 points: min must be below max.")]
    [InlineData(nameof(Likert), "  max: 3", "  max: 12", "  min: 1", "a Likert scale has at most 11 points.")]
    [InlineData(nameof(Likert), "    - { value: 2, label: Neither }\n", "", "  labels:", "a Likert scale labels every point: 2 has no label.")]
    [InlineData(nameof(Rating), "{ value: 7, label: Excellent }", "{ value: 8, label: Excellent }", "{ value: 8", "value 8 is outside the scale 1 to 7.")]
    [InlineData(nameof(Rating), "{ value: 7, label: Excellent }", "{ value: 1, label: Excellent }", "{ value: 1, label: Excellent", "value 1 is labelled twice.")]
    [InlineData(nameof(Rating), "{ value: 7, label: Excellent }", "{ value: 7, label: inadequate }", "{ value: 7", "label 'inadequate' is given to two values.")]
    // Respondent groups and observers
    [InlineData(nameof(Checklist), "licence: Ours.", "licence: Ours.\nrespondent_groups:\n  - { code: staff, name: Staff }", "respondent_groups:", "only an instrument that applies to respondents has respondent groups.")]
    [InlineData(nameof(Likert), "{ code: managers, name: Managers }", "{ code: staff, name: Managers }", "{ code: staff, name: Managers", "respondent group 'staff' is listed twice.")]
    [InlineData(nameof(Likert), "{ code: managers, name: Managers }", "{ code: managers, name: staff }", "{ code: managers", "two respondent groups are called 'staff'.")]
    [InlineData(nameof(Likert), "{ code: managers, name: Managers }", "{ code: Room Leaders, name: Managers }", "{ code: Room", "respondent group code 'Room Leaders' must be lower-case letters")]
    [InlineData(nameof(Checklist), "licence: Ours.", "licence: Ours.\ntwo_observers: true", "two_observers:", "two observers agree a score only on an environment rating")]
    [InlineData(nameof(Leuven), "licence: Ours.", "licence: Ours.\ntwo_observers: true", "two_observers:", "two observers agree a score only on an environment rating")]
    // Subscales and items
    [InlineData(nameof(Rating), "  - code: care\n", "  - code: space\n", "  - code: space\n    name: Care", "subscale 'space' is listed twice.")]
    [InlineData(nameof(Rating), "    name: Care\n", "    name: SPACE\n", "  - code: care", "two subscales are called 'SPACE'.")]
    [InlineData(nameof(Rating), "- code: care", "- code: Personal care", "- code: Personal", "subscale code 'Personal care' must be lower-case letters")]
    [InlineData(nameof(Checklist), "{ number: \"2\", name: Another", "{ number: \"1\", name: Another", "{ number: \"1\", name: Another", "item 1 is listed twice (first on line 12).")]
    [InlineData(nameof(Checklist), "{ number: \"2\", name: Another", "{ number: \"2.1\", name: Another", "{ number: \"2.1\"", "item number '2.1' must be digits, or lower-case letters, digits and hyphens.")]
    [InlineData(nameof(Checklist), "{ number: \"1\", name: A policy }", "{ number: \"1\" }", "{ number: \"1\" }", "name is required.")]
    // Indicators
    [InlineData(nameof(Checklist), "{ number: \"1\", name: A policy }", "{ number: \"1\", name: A policy, indicators: [{ code: \"1.1\" }] }", "indicators: [{", "only an environment-rating instrument has indicators.")]
    [InlineData(nameof(Rating), "{ code: \"3.2\", text: Light", "{ code: \"2.2\", text: Light", "{ code: \"2.2\"", "indicator '2.2' must be a level (1, 3, 5 or 7), a dot and a number from 1 to 99, such as 3.2.")]
    [InlineData(nameof(Rating), "{ code: \"3.2\", text: Light", "{ code: \"3.1\", text: Light", "{ code: \"3.1\", text: Light", "indicator 3.1 is listed twice in item 1.")]
    [InlineData(nameof(Rating), "          - { code: \"5.1\", text: Good light }\n", "", "        indicators:", "item 1 has no level 5 indicator: the rule needs at least one at each of levels 1, 3, 5 and 7.")]
    [InlineData(nameof(Rating), "          - { code: \"1.1\", text: Unhealthy }\n", "", "        indicators:\n          - { code: \"3.1\", text: Healthy }", "item 2 has no level 1 indicator")]
    [InlineData(nameof(Rating), "{ code: \"3.2\", text: Light", "{ code: \"3.3\", text: Light", "        indicators:", "item 1 has no indicator 3.2: number each level's indicators 1, 2, 3 and so on.")]
    [InlineData(nameof(Rating), "\n        indicators:\n          - { code: \"1.1\", text: Unhealthy }\n          - { code: \"3.1\", text: Healthy }\n          - { code: \"5.1\", text: Social }\n          - { code: \"7.1\", text: Children serve }", "", "- number: \"2\"", "some items have indicators and some do not: give every item its indicators, or none.")]
    // Leuven
    [InlineData(nameof(Leuven), "{ number: involvement, name: Involvement }", "{ number: involvement, name: Involvement }\n      - { number: total, name: Total }", "subscales:", "a Leuven instrument has exactly two items, numbered wellbeing and involvement; this one has wellbeing, involvement, total.")]
    [InlineData(nameof(Leuven), "{ number: wellbeing, name: Well-being }", "{ number: well-being, name: Well-being }", "subscales:", "this one has well-being, involvement.")]
    [InlineData(nameof(Leuven), "{ number: wellbeing, name: Well-being }", "{ number: wellbeing, name: Well-being, not_applicable: true }", "{ number: wellbeing", "every child is scored on both Leuven scales: an item cannot be not applicable.")]
    public void Load_RefusesWithTheLineAndTheReason(string fixture, string find, string replace, string lineOf, string reason)
    {
        var original = Fixture(fixture);
        Assert.Contains(find, original, StringComparison.Ordinal);
        var yaml = original.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<DefinitionException>(() => InstrumentLoader.Parse(yaml, File));

        Assert.Equal(File, error.File);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(LineOf(yaml, lineOf), error.Line);
    }

    [Fact]
    public void Load_WhenYamlIsMalformed_SaysSoWithALine()
    {
        var error = Assert.Throws<DefinitionException>(() => InstrumentLoader.Parse(Checklist.Replace("A policy }", "A policy", StringComparison.Ordinal), File));

        Assert.StartsWith("not valid YAML", error.Reason, StringComparison.Ordinal);
        Assert.True(error.Line >= LineOf(Checklist, "A policy"));
    }

    [Fact]
    public void PositionOf_FindsATopLevelKey()
    {
        Assert.Equal((3L, 1L), InstrumentLoader.PositionOf(Rating, File, "version"));
    }

    private static string Fixture(string name) => name switch
    {
        nameof(Rating) => Rating,
        nameof(Checklist) => Checklist,
        nameof(Leuven) => Leuven,
        _ => Likert,
    };
}
