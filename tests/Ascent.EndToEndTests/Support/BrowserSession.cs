using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Ascent.EndToEndTests.Support;

/// One browser context and its page. It records every response from Ascent and every Content Security Policy
/// violation the browser reports, and checks each page it lands on for accessibility and CSP violations. Every document
/// the page loads, whether a step checks it or not, is scanned for definition codes (CodeScan).
public sealed class BrowserSession : IAsyncDisposable
{
    // Chromium reports CSP violations on the console ("Refused to … because it violates the following Content
    // Security Policy directive …"); this also reports any securitypolicyviolation event the page sees.
    private const string ViolationReporter = """
        document.addEventListener('securitypolicyviolation', e =>
            console.error('Content Security Policy violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.documentURI));
        """;

    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> cspViolations = new();
    private readonly ConcurrentQueue<IResponse> responses = new();
    private readonly ConcurrentQueue<string> codesShown = new();
    private readonly ConcurrentQueue<Task> scans = new();

    private BrowserSession(IBrowserContext context, IPage page, string baseUrl)
    {
        this.context = context;
        Page = page;
        BaseUrl = baseUrl;
    }

    public IPage Page { get; }

    public string BaseUrl { get; }

    /// Every response Ascent sent to this session's page, in order.
    public IReadOnlyCollection<IResponse> Responses => responses;

    public IReadOnlyCollection<string> CspViolations => cspViolations;

    public static async Task<BrowserSession> StartAsync(IBrowserContext context, string baseUrl)
    {
        await context.AddInitScriptAsync(ViolationReporter);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, baseUrl);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                session.cspViolations.Enqueue($"{message.Type} on {page.Url}: {message.Text}");
        };
        // Every load, including the pages a step passes through without checking (a redirect's target, a page
        // left at once): its text is read as soon as it has loaded, and what it shows is reported at the next check.
        page.Load += (_, loaded) => session.scans.Enqueue(session.ScanAsync(loaded));
        page.Response += (_, response) =>
        {
            if (response.Url.StartsWith(baseUrl, StringComparison.Ordinal))
                session.responses.Enqueue(response);
        };
        return session;
    }

    /// Goes to a path on Ascent, expects a page that is not an error, and checks it.
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new XunitException($"No response for {path}.");
        if (response.Status >= 400)
            throw new XunitException($"{path} answered {response.Status} {response.StatusText}.");
        await CheckPageAsync();
        return response;
    }

    /// Run after every navigation: the page must pass axe-core and must not have broken the CSP.
    public async Task CheckPageAsync()
    {
        // What a person waits for: the page drawn, with its heading. A visible heading means the stylesheets in the
        // head have loaded (nothing is drawn before them), which is all axe's colour checks need. The load event can
        // wait on things a person never sees, and on a loaded machine it once never came after a redirect.
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Assertions.Expect(Page.Locator("h1").First).ToBeVisibleAsync();
        await Accessibility.AssertAccessibleAsync(Page);
        await CodeScan.AssertNoCodesAsync(Page);
        await AssertNoCodesShownAsync();
        AssertNoCspViolations();
    }

    public void AssertNoCspViolations()
    {
        if (!cspViolations.IsEmpty)
            throw new XunitException("The browser reported Content Security Policy violations:\n" + string.Join("\n", cspViolations));
    }

    /// Fails when any page loaded since the last check showed a definition code (each is reported once).
    public async Task AssertNoCodesShownAsync()
    {
        while (scans.TryDequeue(out var scan))
            await scan;
        ThrowForCodesShown();
    }

    private void ThrowForCodesShown()
    {
        var found = new List<string>();
        while (codesShown.TryDequeue(out var failure))
            found.Add(failure);
        if (found.Count > 0)
            throw new XunitException("Pages showed codes from the definition files:\n" + string.Join("\n", found.Distinct(StringComparer.Ordinal)));
    }

    private async Task ScanAsync(IPage loaded)
    {
        var url = loaded.Url;
        if (!url.StartsWith(BaseUrl, StringComparison.Ordinal))
            return;
        if (await CodeScan.VisibleTextAsync(loaded) is { } text && CodeScan.Failure(url, text) is { } failure)
            codesShown.Enqueue(failure);
    }

    public async ValueTask DisposeAsync()
    {
        // A journey that ends on a page no step checked still has that page scanned.
        try
        {
            while (scans.TryDequeue(out var scan))
                await scan;
        }
        finally
        {
            await context.DisposeAsync();
        }

        ThrowForCodesShown();
    }
}
