namespace Ascent.Web.Domain.Frameworks;

/// An inspection or quality framework as loaded from frameworks/*.yaml. Other code stores framework,
/// area and grade codes and asks the framework for names, so a framework can be added or corrected
/// by editing data, without a release of code.
public sealed record Framework(
    string Code,
    string Name,
    string Regulator,
    string Country,
    string Version,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    bool SelectByDate,
    string Licence,
    string? HeadlineAreaCode,
    IReadOnlyList<GradingScale> Scales,
    IReadOnlyList<FrameworkArea> Areas)
{
    /// The area whose grade is the overall judgement; null when the framework has none (Ofsted's renewed
    /// framework deliberately gives no overall grade).
    public FrameworkArea? HeadlineArea => HeadlineAreaCode is null ? null : FindArea(HeadlineAreaCode);

    public IEnumerable<FrameworkArea> KeyJudgements => Areas.Where(a => a.IsKeyJudgement);

    public IEnumerable<FrameworkArea> AllAreas => Areas.SelectMany(a => a.Descendants().Prepend(a));

    public bool IsInForceOn(DateOnly date) =>
        (ValidFrom is null || date >= ValidFrom) && (ValidTo is null || date <= ValidTo);

    public FrameworkArea? FindArea(string code) =>
        Areas.Select(a => a.Find(code)).FirstOrDefault(a => a is not null);

    public FrameworkArea Area(string code) =>
        FindArea(code) ?? throw new KeyNotFoundException($"Framework '{Code}' has no area '{code}'.");

    public GradingScale? FindScale(string code) =>
        Scales.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));

    public GradingScale ScaleFor(string areaCode)
    {
        var area = Area(areaCode);
        return area.ScaleCode is { } scaleCode && FindScale(scaleCode) is { } scale
            ? scale
            : throw new InvalidOperationException($"Area '{areaCode}' of framework '{Code}' is not graded.");
    }

    /// How a stored grade reads, e.g. Label("overall", "2") is "Good" under the EIF.
    public string Label(string areaCode, string gradeCode) => ScaleFor(areaCode).Value(gradeCode).Label;

    /// The framework's `standings:`, in the order they are tried.
    public IReadOnlyList<StandingRule> StandingRules { get; init; } = [];

    /// The standing an inspection under this framework gives: the first of its standings that matches the overall
    /// grade and the area grades (overall excluded), else Standing.NotKnown.
    public Standing StandingOf(string? overallGrade, IEnumerable<string> areaGrades)
    {
        IReadOnlyCollection<string> grades = [.. areaGrades];
        return StandingRules.FirstOrDefault(r => r.Matches(overallGrade, grades))?.Standing ?? Standing.NotKnown;
    }
}
