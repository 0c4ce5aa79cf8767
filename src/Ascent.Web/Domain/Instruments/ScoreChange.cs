using System.Globalization;

namespace Ascent.Web.Domain.Instruments;

/// Which way a score moved since the previous audit.
public enum ChangeDirection
{
    Up,
    Down,
    Same,

    /// Scored in only one of the two audits (new, not applicable or unanswered in the other): nothing to compare.
    NotCompared,
}

/// One score now and at the previous audit, and the change in words ("up from 3 to 5"), so the page never relies on
/// an arrow or a colour alone.
public sealed record ScoreChange(string? Before, string? Now, ChangeDirection Direction)
{
    public static ScoreChange Of(int? before, int? now) =>
        Of(before, now, before?.ToString(CultureInfo.InvariantCulture), now?.ToString(CultureInfo.InvariantCulture));

    public static ScoreChange Of(decimal? before, decimal? now) =>
        Of(before, now, before?.ToString("0.00", CultureInfo.InvariantCulture), now?.ToString("0.00", CultureInfo.InvariantCulture));

    /// A checklist answer: met is above partly met, which is above not met; not applicable is not compared.
    public static ScoreChange Of(ChecklistAnswer? before, ChecklistAnswer? now) =>
        Of(Rank(before), Rank(now), before is null ? null : ChecklistFigures.Describe(before.Value), now is null ? null : ChecklistFigures.Describe(now.Value));

    public string Text => Direction switch
    {
        ChangeDirection.Up => $"Up from {Before} to {Now}",
        ChangeDirection.Down => $"Down from {Before} to {Now}",
        ChangeDirection.Same => $"Same ({Now})",
        _ when Before is null && Now is null => "Not scored either time",
        _ when Before is null => "Not scored last time",
        _ => "Not scored this time",
    };

    private static decimal? Rank(ChecklistAnswer? answer) => answer switch
    {
        ChecklistAnswer.Met => 2,
        ChecklistAnswer.PartlyMet => 1,
        ChecklistAnswer.NotMet => 0,
        _ => null,
    };

    private static ScoreChange Of(decimal? before, decimal? now, string? beforeText, string? nowText) =>
        new(beforeText, nowText, before is { } b && now is { } n
            ? n > b ? ChangeDirection.Up : n < b ? ChangeDirection.Down : ChangeDirection.Same
            : ChangeDirection.NotCompared);
}
