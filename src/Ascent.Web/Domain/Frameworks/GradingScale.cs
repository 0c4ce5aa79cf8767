namespace Ascent.Web.Domain.Frameworks;

/// The grades an area can be given. Values keep the order of the definition file because that is the
/// order regulators print them in (Ofsted best first, ACECQA lowest first); comparisons use the rank.
public sealed record GradingScale(string Code, string Name, IReadOnlyList<ScaleValue> Values)
{
    public IEnumerable<ScaleValue> GradesBestFirst =>
        Values.Where(v => v.IsGrade).OrderBy(v => v.Rank);

    public ScaleValue? Find(string code) =>
        Values.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.Ordinal));

    public ScaleValue Value(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"Scale '{Code}' has no value '{code}'.");

    /// Throws for a status such as "provisional": asking whether it beats a grade is a bug in the caller,
    /// and answering false would hide it.
    public bool IsBetter(string code, string than)
    {
        var a = Value(code);
        var b = Value(than);
        if (a.Rank is not int rankA || b.Rank is not int rankB)
        {
            var status = a.IsGrade ? b : a;
            throw new InvalidOperationException($"'{status.Label}' on scale '{Code}' is a status, not a grade, so it cannot be compared.");
        }

        return rankA < rankB;
    }
}
