using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments.Questionnaires;

/// A small questionnaire for worked examples: two groups, two subscales, three statements on a five-point scale.
internal static class LikertExample
{
    public static InstrumentDefinition Instrument { get; } = InstrumentLoader.Parse("""
        code: example-questionnaire
        name: Example questionnaire
        version: "1"
        applies_to: respondent
        scoring: likert
        licence: Test data.
        scale:
          min: 1
          max: 5
          labels:
            - { value: 1, label: Strongly disagree }
            - { value: 2, label: Disagree }
            - { value: 3, label: Neither agree nor disagree }
            - { value: 4, label: Agree }
            - { value: 5, label: Strongly agree }
        respondent_groups:
          - { code: rooms, name: Room staff }
          - { code: office, name: Office staff }
        subscales:
          - code: leading
            name: Leading
            items:
              - { number: "1", name: I know what we are aiming for. }
              - { number: "2", name: I am listened to. }
          - code: caring
            name: Caring
            items:
              - { number: "3", name: I feel valued. }
        """, "example.yaml");

    public static LikertResponse Response(string? group, int? one, int? two, int? three) =>
        new(group, new Dictionary<string, int?> { ["1"] = one, ["2"] = two, ["3"] = three });

    /// Five room staff and two office staff. Statement 1: 5 4 4 2 1 | 3 5; statement 2: 4 4 - 3 5 | 2 -;
    /// statement 3: 5 5 5 4 4 | 1 2 (a dash is not answered).
    public static IReadOnlyList<LikertResponse> Responses { get; } =
    [
        Response("rooms", 5, 4, 5),
        Response("rooms", 4, 4, 5),
        Response("rooms", 4, null, 5),
        Response("rooms", 2, 3, 4),
        Response("rooms", 1, 5, 4),
        Response("office", 3, 2, 1),
        Response("office", 5, null, 2),
    ];
}
