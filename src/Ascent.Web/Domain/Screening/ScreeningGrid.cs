using System.Globalization;
using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Domain.Screening;

/// The fast entry grid as typed: for each child of the room, well-being and involvement as text. Reading it either
/// gives every child's scores (a child with both boxes blank was not screened this round) or the problems, each
/// naming the child's code and the scale, and then nothing is saved.
public static class ScreeningGrid
{
    public static GridResult Read(IReadOnlyList<GridLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var scores = new List<GridScore>();
        var problems = new List<GridProblem>();
        var seen = new HashSet<int>();
        foreach (var line in lines)
        {
            if (!seen.Add(line.ChildId))
            {
                problems.Add(new(line.ChildId, null, $"{line.Code} is in the grid twice: a child is screened once a round"));
                continue;
            }

            var wellBeing = (line.WellBeing ?? "").Trim();
            var involvement = (line.Involvement ?? "").Trim();
            if (wellBeing.Length == 0 && involvement.Length == 0)
                continue;
            var w = Level(line, wellBeing, "well-being", GridScale.WellBeing, problems);
            var i = Level(line, involvement, "involvement", GridScale.Involvement, problems);
            if (w is not null && i is not null)
                scores.Add(new(line.ChildId, w.Value, i.Value));
        }

        return new GridResult(problems.Count == 0 ? scores : [], problems);
    }

    private static int? Level(GridLine line, string text, string scale, GridScale which, List<GridProblem> problems)
    {
        if (text.Length == 0)
        {
            var other = which == GridScale.WellBeing ? "involvement" : "well-being";
            problems.Add(new(line.ChildId, which, $"Enter {scale} for {line.Code} as a number from 1 to 5, or leave {other} blank too"));
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || !LeuvenBands.IsLevel(level))
        {
            problems.Add(new(line.ChildId, which, $"{Capitalised(scale)} for {line.Code} must be a number from 1 to 5"));
            return null;
        }

        return level;
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

public enum GridScale
{
    WellBeing,
    Involvement,
}

public sealed record GridLine(int ChildId, string Code, string? WellBeing, string? Involvement);

public sealed record GridScore(int ChildId, int WellBeing, int Involvement);

/// Scale is null for a problem of the whole line (the same child twice).
public sealed record GridProblem(int ChildId, GridScale? Scale, string Message);

public sealed record GridResult(IReadOnlyList<GridScore> Scores, IReadOnlyList<GridProblem> Problems)
{
    public bool Ok => Problems.Count == 0;
}
