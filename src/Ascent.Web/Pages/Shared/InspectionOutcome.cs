using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Pages.Shared;

/// An inspection's outcome in a table row: the overall grade where the framework has one, otherwise each area's
/// grade in short (the renewed framework gives no overall grade, so its areas are the outcome).
public static class InspectionOutcome
{
    public sealed record AreaGrade(string AreaCode, string AreaName, string GradeCode);

    /// The graded areas, in the framework's order, when the framework has no overall grade; empty when it has one.
    public static IReadOnlyList<AreaGrade> AreaGrades(FrameworkRegistry frameworks, string frameworkCode, IEnumerable<KeyValuePair<string, string>> grades)
    {
        if (!frameworks.TryGet(frameworkCode, out var framework) || framework.HeadlineArea is not null)
            return [];
        var byArea = grades.ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);
        return [.. framework.Areas.Where(a => byArea.ContainsKey(a.Code)).Select(a => new AreaGrade(a.Code, a.Name, byArea[a.Code]))];
    }
}
