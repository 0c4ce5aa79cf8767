using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Ascent.Tests.Infrastructure.GovUk;

/// <summary>
/// Compares HTML as DOM: same elements in the same order, attributes as a set, classes as a set,
/// text with whitespace collapsed and trimmed (whitespace-only text is ignored).
/// </summary>
internal static partial class HtmlAssert
{
    private static readonly HtmlParser Parser = new();

    public static void Equivalent(string expected, string actual) =>
        Assert.Equal(Canonical(expected), Canonical(actual));

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static string Canonical(string html)
    {
        var builder = new StringBuilder();
        foreach (var node in Parse(html).Body!.ChildNodes)
        {
            Write(node, builder, 0);
        }

        return builder.ToString();
    }

    private static void Write(INode node, StringBuilder builder, int depth)
    {
        var indent = new string(' ', depth * 2);
        switch (node)
        {
            case IElement element:
                builder.Append(indent).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    var value = attribute.Name == "class"
                        ? string.Join(' ', attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Order(StringComparer.Ordinal))
                        : attribute.Value;
                    builder.Append(' ').Append(attribute.Name).Append("=\"").Append(value).Append('"');
                }

                builder.Append(">\n");
                foreach (var child in element.ChildNodes)
                {
                    Write(child, builder, depth + 1);
                }

                builder.Append(indent).Append("</").Append(element.LocalName).Append(">\n");
                break;
            case IText text:
                var normalised = Whitespace().Replace(text.Data, " ").Trim();
                if (normalised.Length > 0)
                {
                    builder.Append(indent).Append(normalised).Append('\n');
                }

                break;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
