using System.Globalization;

namespace Ascent.Web.Domain.Instruments;

/// Reads one questionnaire response as a form sends it (the group's code and an answer per item, in the
/// instrument's item order, each a point of the scale or blank) and says what is wrong in words that name the
/// item. Nothing is kept unless everything is right.
public static class LikertAnswers
{
    public const string GroupLegend = "Which of these applies to you?";

    public static LikertAnswerCheck Read(InstrumentDefinition instrument, string? group, IReadOnlyList<string?> answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new List<LikertAnswerError>();
        if (instrument.RespondentGroups.Count > 0)
        {
            if (string.IsNullOrWhiteSpace(group))
                errors.Add(new(null, "Select which of these applies to you"));
            else if (instrument.RespondentGroups.All(g => g.Code != group.Trim()))
                errors.Add(new(null, "Select one of the choices listed for which of these applies to you"));
        }

        var items = instrument.Items.ToList();
        var scores = new Dictionary<string, int?>(StringComparer.Ordinal);
        var labels = $"from {Label(instrument.Scale, instrument.Scale.Min)} to {Label(instrument.Scale, instrument.Scale.Max)}";
        for (var i = 0; i < items.Count; i++)
        {
            var text = i < answers.Count ? answers[i]?.Trim() : null;
            if (string.IsNullOrEmpty(text))
                continue;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && instrument.Scale.Contains(value))
                scores[items[i].Number] = value;
            else
                errors.Add(new(i, $"Choose an answer {labels} for statement {items[i].Number}, ‘{items[i].Name.TrimEnd('.')}’"));
        }

        if (errors.Count == 0 && scores.Count == 0)
            errors.Add(new(0, "Answer at least one statement"));
        var chosen = instrument.RespondentGroups.Count > 0 ? group?.Trim() : null;
        return new LikertAnswerCheck(errors, errors.Count == 0 ? new LikertResponse(chosen, scores) : null);
    }

    /// "Strongly agree", or the number when the point has no label.
    public static string Label(ResponseScale scale, int value)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return scale.Labels.FirstOrDefault(l => l.Value == value)?.Label ?? value.ToString(CultureInfo.InvariantCulture);
    }
}

/// What was wrong with one field: Item is the item's position in the form (null for the group).
public sealed record LikertAnswerError(int? Item, string Message);

public sealed record LikertAnswerCheck(IReadOnlyList<LikertAnswerError> Errors, LikertResponse? Response);
