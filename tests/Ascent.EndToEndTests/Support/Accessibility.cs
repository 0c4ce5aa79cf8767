using System.Runtime.CompilerServices;
using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit.Sdk;

namespace Ascent.EndToEndTests.Support;

/// Checks pages against WCAG 2.0, 2.1 and 2.2 A and AA with axe-core, as the Public Sector Bodies Accessibility
/// Regulations ask. Serious and critical violations fail the test; minor and moderate ones are left to review.
public static class Accessibility
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly HashSet<string> FailingImpacts = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    // Pages whose browser context runs no JavaScript (see MarkScriptless).
    private static readonly ConditionalWeakTable<IPage, object> ScriptlessPages = [];

    // Serialises the page as a browser without JavaScript shows it: <noscript> content shown, no scripts.
    // Synchronous on purpose: with JavaScript disabled the page runs no timers or tasks.
    private const string ScriptlessSnapshot = """
        () => {
            const root = document.documentElement.cloneNode(true);
            root.querySelectorAll('script').forEach(s => s.remove());
            root.querySelectorAll('noscript').forEach(n => {
                const div = document.createElement('div');
                div.setAttribute('data-was-noscript', '');
                div.innerHTML = n.innerHTML;
                n.replaceWith(div);
            });
            return '<!DOCTYPE html>\n' + root.outerHTML;
        }
        """;

    /// Tells AssertAccessibleAsync that this page's context has JavaScript disabled.
    public static void MarkScriptless(IPage page) => ScriptlessPages.AddOrUpdate(page, new object());

    /// Checks the page unless a page of the same shape (PageShape) has already passed in this run.
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var scriptless = ScriptlessPages.TryGetValue(page, out _);
        var (shape, alreadyPassed) = await PageShape.OfAsync(page, scriptless);
        if (alreadyPassed)
            return;

        var title = await page.TitleAsync();
        var result = scriptless ? await RunAxeOnScriptlessPageAsync(page) : await RunAxeAsync(page);
        var failures = result.Violations.Where(v => v.Impact is not null && FailingImpacts.Contains(v.Impact)).ToList();
        if (failures.Count == 0)
        {
            PageShape.MarkPassed(shape);
            return;
        }

        var message = new StringBuilder();
        message.Append("axe-core found ").Append(failures.Count).Append(" serious or critical accessibility violation(s) on ")
            .Append(page.Url).Append(" (\"").Append(title).AppendLine("\"):");
        foreach (var violation in failures)
        {
            message.Append("- ").Append(violation.Id).Append(" [").Append(violation.Impact).Append("] ")
                .Append(violation.Help).Append(" (").Append(violation.HelpUrl).AppendLine(")");
            foreach (var node in violation.Nodes)
                message.Append("    target: ").Append(node.Target?.ToString() ?? "?").Append("  html: ").AppendLine(node.Html);
        }

        throw new XunitException(message.ToString());
    }

    /// Runs axe-core in the page itself. Deque's RunAxe opens a blank page for every check (to merge results across
    /// cross-origin frames, which Ascent's pages never have): a new renderer each time, about a second of CPU per
    /// page checked. Here axe is added once per document and run on it, with the same options and rules.
    private static async Task<AxeResult> RunAxeAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(AxeSource.Value);
        var json = await page.EvaluateAsync<string>(
            "async options => JSON.stringify(await axe.run(document, JSON.parse(options)))", AxeOptions);
        return new AxeResult(JObject.Parse(json));
    }

    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly string AxeOptions = JsonConvert.SerializeObject(
        new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            ResultTypes = [ResultType.Violations],
        },
        new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    /// axe-core needs timers, which a page without JavaScript never runs. So the page's DOM, exactly as the
    /// scriptless browser has it, is served again at the same address into a JavaScript-enabled page of the same
    /// browser (its scripts removed, its noscript content shown, the real server's stylesheets and images), and
    /// axe-core checks that.
    private static async Task<AxeResult> RunAxeOnScriptlessPageAsync(IPage page)
    {
        var html = await page.EvaluateAsync<string>(ScriptlessSnapshot);
        var browser = page.Context.Browser ?? throw new InvalidOperationException("The page has no browser.");
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            IgnoreHTTPSErrors = true,
            ViewportSize = page.ViewportSize is { } size ? new ViewportSize { Width = size.Width, Height = size.Height } : null,
            Locale = "en-GB",
        });
        var replay = await context.NewPageAsync();
        var url = page.Url;
        await replay.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = html,
        }));
        await replay.GotoAsync(url);
        return await RunAxeAsync(replay);
    }
}
