namespace Ascent.Tests.Domain.Instruments;

/// Small instrument files for the loader and rule tests, each valid as written; a test breaks one thing.
public static class InstrumentFiles
{
    public const string Rating = """
        code: test-rating
        name: Test rating
        version: "2"
        guidance_version: "2026-07"
        applies_to: room
        scoring: environment-rating
        scale:
          min: 1
          max: 7
          labels:
            - { value: 1, label: Inadequate }
            - { value: 7, label: Excellent }
        two_observers: true
        licence: Ours.
        subscales:
          - code: space
            name: Space
            items:
              - number: "1"
                name: Indoor space
                indicators:
                  - { code: "1.1", text: Too small }
                  - { code: "3.1", text: Enough room }
                  - { code: "3.2", text: Light, not_applicable: true }
                  - { code: "5.1", text: Good light }
                  - { code: "7.1", text: Natural light }
          - code: care
            name: Care
            items:
              - number: "2"
                name: Meals
                not_applicable: true
                indicators:
                  - { code: "1.1", text: Unhealthy }
                  - { code: "3.1", text: Healthy }
                  - { code: "5.1", text: Social }
                  - { code: "7.1", text: Children serve }
        """;

    public const string Checklist = """
        code: test-checklist
        name: Test checklist
        version: "1"
        applies_to: setting
        scoring: checklist
        guidance: Mark what you see.
        licence: Ours.
        subscales:
          - code: policies
            name: Policies
            items:
              - { number: "1", name: A policy }
              - { number: "2", name: Another policy, not_applicable: true, guidance: Only for group settings. }
        """;

    public const string Leuven = """
        code: test-leuven
        name: Test screening
        version: "1"
        applies_to: child
        scoring: leuven
        scale:
          min: 1
          max: 5
        licence: Ours.
        subscales:
          - code: screening
            name: Screening
            items:
              - { number: wellbeing, name: Well-being }
              - { number: involvement, name: Involvement }
        """;

    public const string Likert = """
        code: test-questionnaire
        name: Test questionnaire
        version: "1"
        applies_to: respondent
        scoring: likert
        scale:
          min: 1
          max: 3
          labels:
            - { value: 1, label: Disagree }
            - { value: 2, label: Neither }
            - { value: 3, label: Agree }
        respondent_groups:
          - { code: staff, name: Staff }
          - { code: managers, name: Managers }
        licence: Ours.
        subscales:
          - code: team
            name: Team
            items:
              - { number: "1", name: I feel supported }
        """;

    /// The 1-based line of the first line containing `text`.
    public static int LineOf(string yaml, string text)
    {
        var at = yaml.IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
            throw new ArgumentException($"'{text}' is not in the file.", nameof(text));
        return yaml[..at].Count(c => c == '\n') + 1;
    }
}
