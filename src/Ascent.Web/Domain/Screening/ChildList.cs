namespace Ascent.Web.Domain.Screening;

/// A pasted list of children, one a line: a code, then optionally a comma and a name ("B07, Ava"). Blank lines are
/// skipped. Every problem is reported with its line, and nothing is added while any line is wrong.
public static class ChildList
{
    public const int MaxChildren = 200;

    public static ChildListResult Read(string? text, IReadOnlySet<string> codesInUse)
    {
        ArgumentNullException.ThrowIfNull(codesInUse);
        var children = new List<NewChild>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var code = ChildCodes.Normalise(comma < 0 ? line : line[..comma]);
            var name = comma < 0 ? null : line[(comma + 1)..].Trim();
            var where = $"Line {i + 1}";
            if (code.Length == 0)
                problems.Add($"{where}: enter the child's code before the comma");
            else if (code.Length > ScreenedChild.CodeMaxLength)
                problems.Add($"{where}: the code {Shown(code)} must be {ScreenedChild.CodeMaxLength} characters or fewer");
            else if (!ChildCodes.IsValid(code))
                problems.Add($"{where}: the code {Shown(code)} must use only letters, numbers and hyphens");
            else if (codesInUse.Contains(code))
                problems.Add($"{where}: {code} is already a child of this setting");
            else if (!seen.Add(code))
                problems.Add($"{where}: {code} is listed twice");
            else if (name?.Length > ScreenedChild.NameMaxLength)
                problems.Add($"{where}: the name for {code} must be {ScreenedChild.NameMaxLength} characters or fewer");
            else
                children.Add(new NewChild(code, string.IsNullOrEmpty(name) ? null : name));
        }

        if (children.Count + problems.Count == 0)
            problems.Add("Enter at least one child's code");
        else if (seen.Count > MaxChildren)
            problems.Add($"Add at most {MaxChildren} children at a time");
        return new ChildListResult(problems.Count == 0 ? children : [], problems);
    }

    private static string Shown(string code) => code.Length > 20 ? $"‘{code[..20]}…’" : $"‘{code}’";
}

public sealed record NewChild(string Code, string? Name);

public sealed record ChildListResult(IReadOnlyList<NewChild> Children, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}
