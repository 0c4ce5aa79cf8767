using System.Globalization;
using System.Text;

namespace Ascent.Bench;

/// A Markdown table for stdout, ready to paste into docs/performance.md.
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public void Add(params string[] cells) => rows.Add(cells);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(Row(headers));
        text.AppendLine(Row(headers.Select(_ => "---")));
        foreach (var row in rows)
            text.AppendLine(Row(row));
        return text.ToString();
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
}

public static class Format
{
    // Tables read the same whatever the machine's locale.
    public static readonly CultureInfo Culture = CultureInfo.InvariantCulture;
}
