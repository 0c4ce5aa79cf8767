using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;

namespace Ascent.EndToEndTests.Support;

/// What a page is made of, without its words: its address with numbers taken out, and for every element its tag,
/// attribute names, classes, role, type, inline style, id (numbers taken out), whether it has a text or name of its
/// own and whether it is hidden; and whether any id is used twice. Two pages of the same shape differ only in their
/// text and data, which axe-core's WCAG rules judge the same way, so a journey that passes through one page many
/// times (a list after each save) has each shape checked once per run.
public static class PageShape
{
    private const string Describe = """
        () => {
            const digits = s => (s || '').replace(/\d+/g, 'N');
            const ids = [...document.querySelectorAll('[id]')].map(e => e.getAttribute('id'));
            const lines = [digits(location.pathname), document.documentElement.lang, String(!!document.title.trim()),
                'duplicate ids: ' + (new Set(ids).size !== ids.length)];
            for (const e of document.querySelectorAll('body *')) {
                const named = !!(e.getAttribute('aria-label') || e.getAttribute('alt') || e.getAttribute('title')
                    || [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()));
                lines.push([e.tagName, e.getAttributeNames().sort().join(','), e.getAttribute('class'), e.getAttribute('role'),
                    e.getAttribute('type'), e.getAttribute('style'), digits(e.getAttribute('id')), named, e.hasAttribute('hidden')].join('|'));
            }
            return lines.join('\n');
        }
        """;

    private static readonly ConcurrentDictionary<string, bool> Passed = new();

    /// The page's shape, and whether a page of that shape has already passed the check in this run.
    public static async Task<(string Shape, bool AlreadyPassed)> OfAsync(IPage page, bool scriptless)
    {
        var description = (scriptless ? "scriptless\n" : "") + await page.EvaluateAsync<string>(Describe);
        var shape = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(description)));
        return (shape, Passed.ContainsKey(shape));
    }

    public static void MarkPassed(string shape) => Passed[shape] = true;
}
