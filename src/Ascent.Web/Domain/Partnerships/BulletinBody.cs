using System.Text.RegularExpressions;

namespace Ascent.Web.Domain.Partnerships;

/// A piece of a paragraph: plain text, or a link (its address is its text).
public sealed record BodyPart(string Text, bool IsLink);

/// How a bulletin's body is shown: plain paragraphs (a blank line between them, a line break kept inside one), with
/// every full https address made a link. The text is never read as HTML: a page encodes each part, so "<b>" shows as
/// typed. No tracking: a link goes straight to its address (docs/partnerships.md, "What is tracked").
public static partial class BulletinBody
{
    /// The paragraphs, each a list of lines, each line its parts.
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<BodyPart>>> Paragraphs(string? body)
    {
        var text = (body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return [.. ParagraphBreak().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0)
            .Select(p => (IReadOnlyList<IReadOnlyList<BodyPart>>)[.. p.Split('\n').Select(line => Parts(line.Trim()))])];
    }

    /// A line's text and links. A full stop, comma or closing bracket at the end of an address is the sentence's.
    public static IReadOnlyList<BodyPart> Parts(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = new List<BodyPart>();
        var at = 0;
        foreach (Match match in Address().Matches(line))
        {
            var address = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '\'', '"');
            if (address.Length <= "https://".Length || !Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
                continue;
            if (match.Index > at)
                parts.Add(new BodyPart(line[at..match.Index], false));
            parts.Add(new BodyPart(address, true));
            at = match.Index + address.Length;
        }

        if (at < line.Length)
            parts.Add(new BodyPart(line[at..], false));
        return parts;
    }

    /// The body as plain text for an e-mail: as written, paragraphs kept.
    public static string PlainText(string? body) =>
        string.Join("\n\n", Paragraphs(body).Select(p => string.Join("\n", p.Select(line => string.Concat(line.Select(part => part.Text))))));

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"https://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
