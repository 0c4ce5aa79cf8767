using System.Globalization;

namespace Ascent.Web.Domain.Instruments;

/// One item's answer as a value: a score on the scale, a checklist answer, or not applicable. Forms and the
/// autosave handler send it as a token ("5", "met", "partly-met", "not-met", "na"); Parse checks it against the
/// item, so a score outside the scale or a not applicable the item does not allow is refused with the item named.
public readonly record struct ItemAnswer(int? Score, ChecklistAnswer? Checklist, bool NotApplicable)
{
    public const string NotApplicableToken = "na";

    public bool IsAnswered => Score.HasValue || Checklist.HasValue || NotApplicable;

    public static ItemAnswer Of(AuditAnswer? answer) =>
        answer is null ? default : new(answer.Score, answer.Checklist, answer.NotApplicable);

    public string Token => NotApplicable ? NotApplicableToken
        : Score is { } score ? score.ToString(CultureInfo.InvariantCulture)
        : Checklist is { } checklist ? ChecklistToken(checklist)
        : "";

    public static string ChecklistToken(ChecklistAnswer answer) => answer switch
    {
        ChecklistAnswer.Met => "met",
        ChecklistAnswer.PartlyMet => "partly-met",
        ChecklistAnswer.NotMet => "not-met",
        _ => NotApplicableToken,
    };

    /// "Item 12, Helping children expand vocabulary": how every message names an item.
    public static string Name(InstrumentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"Item {item.Number}, {item.Name}";
    }

    /// The answer a token means for this item, or an error naming the item. An empty token is no answer (allowed
    /// while filling in; Finish lists unanswered items).
    public static ItemAnswer? Parse(InstrumentDefinition instrument, InstrumentItem item, string? token, out string? error)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(item);
        error = null;
        token = token?.Trim().ToLowerInvariant() ?? "";
        if (token.Length == 0)
            return default(ItemAnswer);
        if (token == NotApplicableToken)
        {
            if (!item.NotApplicableAllowed)
            {
                error = $"{Name(item)}, cannot be not applicable: choose an answer";
                return null;
            }

            return instrument.Scoring == ScoringRule.Checklist ? new ItemAnswer(null, ChecklistAnswer.NotApplicable, true) : new ItemAnswer(null, null, true);
        }

        if (instrument.Scoring == ScoringRule.Checklist)
        {
            ChecklistAnswer? checklist = token switch
            {
                "met" => ChecklistAnswer.Met,
                "partly-met" => ChecklistAnswer.PartlyMet,
                "not-met" => ChecklistAnswer.NotMet,
                _ => null,
            };
            if (checklist is null)
                error = $"{Name(item)}: choose met, partly met or not met";
            return checklist is null ? null : new ItemAnswer(null, checklist, false);
        }

        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var score) || !instrument.Scale.Contains(score))
        {
            error = $"{Name(item)}: the score must be a whole number from {instrument.Scale.Min} to {instrument.Scale.Max}";
            return null;
        }

        return new ItemAnswer(score, null, false);
    }

    /// In words, for the compare page, amendments and the audit trail: "5 Good", "Partly met", "Not applicable".
    public string Describe(InstrumentDefinition instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (NotApplicable)
            return "Not applicable";
        if (Score is { } score)
            return instrument.Scale.Describe(score);
        return Checklist is { } checklist ? ChecklistFigures.Describe(checklist) : "Not answered";
    }

    /// Writes this answer onto an item's row (keeping its note).
    public void ApplyTo(AuditAnswer answer, string? decidedBy = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        answer.Score = Score;
        answer.Checklist = Checklist;
        answer.NotApplicable = NotApplicable;
        answer.DecidedBy = decidedBy;
    }
}
