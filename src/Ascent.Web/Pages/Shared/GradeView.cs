using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Pages.Shared;

/// A grade to show as a GOV.UK tag, labelled by its framework's data (never by C#), coloured by its rank.
public sealed record GradeView(string? FrameworkCode, string? AreaCode, string? GradeCode)
{
    public (string Label, string Colour)? Resolve(FrameworkRegistry frameworks)
    {
        if (GradeCode is null || FrameworkCode is null || !frameworks.TryGet(FrameworkCode, out var framework))
            return null;
        var area = AreaCode is null ? framework.HeadlineArea : framework.FindArea(AreaCode);
        if (area?.ScaleCode is null || framework.FindScale(area.ScaleCode) is not { } scale || scale.Find(GradeCode) is not { } value)
            return (GradeCode, "grey");
        return (value.Label, TagColour(scale, value));
    }

    private static string TagColour(GradingScale scale, ScaleValue value)
    {
        switch (value.Colour)
        {
            case "blue": return "blue";
            case "dark-green": return "green";
            case "green": return "turquoise";
            case "amber": return "orange";
            case "red": return "red";
        }

        var grades = scale.GradesBestFirst.ToList();
        var position = grades.FindIndex(g => g.Code == value.Code);
        if (position < 0)
            return "grey";
        if (position == 0)
            return "green";
        if (position == grades.Count - 1)
            return "red";
        return position == 1 ? "turquoise" : "orange";
    }
}
