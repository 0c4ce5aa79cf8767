namespace Ascent.Web.Domain.Frameworks;

/// One point on a grading scale, e.g. "2" Good. Rank 1 is the best grade; a value without a rank is a
/// status rather than a grade (NQS "Provisional – Not Yet Assessed") and is never better or worse than
/// anything. Colour is a hint for display only: the label must always be shown too.
public sealed record ScaleValue(string Code, string Label, int? Rank, string? Colour)
{
    public bool IsGrade => Rank is not null;
}
