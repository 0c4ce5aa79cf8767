using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Ascent.EndToEndTests.Support;

/// One browser context and its page. It records every response from Ascent and every Content Security Policy
/// violation the browser reports, and checks each page it lands on for accessibility and CSP violations.
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
        AssertNoCspViolations();
    }

    public void AssertNoCspViolations()
    {
        if (!cspViolations.IsEmpty)
            throw new XunitException("The browser reported Content Security Policy violations:\n" + string.Join("\n", cspViolations));
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
