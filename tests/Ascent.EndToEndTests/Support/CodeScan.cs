using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Ascent.EndToEndTests.Support;

/// No code word reaches a page: the visible text of every page the journeys load is searched for the definition
/// files' codes (DefinitionCodes), each as a whole word ("sstew" but not "sstew-audit", "not-met" but not
/// "met-not-met"), in the same letters (a page may say "SSTEW"). Reading a page's text is cheap, so unlike axe it
/// runs on every page load, not once per page shape.
public static class CodeScan
{
    private static readonly Lazy<Regex> ShippedPattern = new(() => PatternFor(DefinitionCodes.All));

    /// The codes in the text, in the order they first appear.
    public static IReadOnlyList<string> Find(string text, Regex pattern) =>
        [.. pattern.Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    public static IReadOnlyList<string> Find(string text) => Find(text, ShippedPattern.Value);

    /// One pattern for all the codes, longest first so a longer code wins where two overlap. A word here is letters,
    /// digits and hyphens, so a code inside a longer hyphenated word is not a match.
    public static Regex PatternFor(IEnumerable<string> codes) =>
        new("(?<![A-Za-z0-9-])(?:" + string.Join("|", codes.OrderByDescending(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).Select(Regex.Escape)) + ")(?![A-Za-z0-9-])",
            RegexOptions.CultureInvariant);

    /// The page's visible text (closed details and hidden elements are not visible, so not read), or null when the
    /// page went on to another document meanwhile.
    public static async Task<string?> VisibleTextAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("() => document.body ? document.body.innerText : ''");
        }
        catch (PlaywrightException)
        {
            // "Execution context was destroyed": the page navigated on; the next document is scanned in its turn.
            return null;
        }
    }

    /// Fails, naming the page and each code, when the page shows a code.
    public static async Task AssertNoCodesAsync(IPage page)
    {
        var url = page.Url;
        var text = await VisibleTextAsync(page);
        if (text is not null && Failure(url, text) is { } failure)
            throw new XunitException(failure);
    }

    /// The failure message for a page's text, or null when it shows no code.
    public static string? Failure(string url, string text)
    {
        var found = Find(text);
        return found.Count == 0
            ? null
            : $"{url} shows the definition file code{(found.Count == 1 ? "" : "s")} {string.Join(", ", found.Select(c => $"'{c}'"))} where a name belongs: "
                + string.Join(" | ", found.Select(c => Context(text, c)));
    }

    private static string Context(string text, string code)
    {
        var at = text.IndexOf(code, StringComparison.Ordinal);
        var start = Math.Max(0, at - 40);
        return "…" + text[start..Math.Min(text.Length, at + code.Length + 40)].ReplaceLineEndings(" ") + "…";
    }
}
