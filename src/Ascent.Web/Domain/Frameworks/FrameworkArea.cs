namespace Ascent.Web.Domain.Frameworks;

/// Something a regulator judges: an Ofsted key judgement or evaluation area, an NQS quality area, standard
/// or element. Nested areas (standards, elements) may have no scale of their own: they are referred to by
/// code in self-evaluations and improvement plans but not rated in the published data. Guidance is the prompt a
/// setting sees beside the area when it evaluates itself; it is Ascent's own wording, not the regulator's. Keywords are
/// words an inspector's action about the area often uses though its name does not (AreaMatcher reads them).
public sealed record FrameworkArea(
    string Code,
    string Name,
    string? ScaleCode,
    bool IsKeyJudgement,
    bool IsReportedSeparately,
    IReadOnlyList<FrameworkArea> Children,
    string? Guidance = null,
    IReadOnlyList<string>? Keywords = null)
{
    /// This area or any area below it.
    public FrameworkArea? Find(string code)
    {
        if (string.Equals(Code, code, StringComparison.Ordinal))
            return this;

        foreach (var child in Children)
        {
            if (child.Find(code) is { } found)
                return found;
        }

        return null;
    }

    public IEnumerable<FrameworkArea> Descendants() =>
        Children.SelectMany(c => c.Descendants().Prepend(c));
}
