using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

[Collection(SharedBrowser.Name)]
public sealed class SecurityHeadersTests(AscentBrowserFixture app)
{
    [Fact]
    public async Task RealServer_SendsNoServerHeaderAndAFrameDenyingCsp_AndBrowserReportsNoCspViolations()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;

        await session.GotoAsync("/account/sign-in");
        await session.GotoAsync("/account/forgot-password");
        await SignInTests.SignInAsync(session, "manager@northfield.example", "ascent-demo-2026");
        await session.GotoAsync("/settings");
        await session.GotoAsync("/account");
        await session.GotoAsync("/account/passkeys");
        var notFound = await page.GotoAsync("/no-such-page");
        Assert.Equal(404, notFound!.Status);
        await session.CheckPageAsync();

        var responses = session.Responses.ToList();
        var documents = responses.Where(r => r.Request.ResourceType == "document").ToList();
        Assert.True(documents.Count >= 7, $"Expected the pages visited, saw {documents.Count} documents.");
        Assert.Contains(responses, r => r.Request.ResourceType == "stylesheet");
        Assert.Contains(responses, r => r.Request.ResourceType == "script");

        foreach (var response in responses)
        {
            var headers = await response.AllHeadersAsync();
            Assert.False(headers.ContainsKey("server"), $"{response.Url} sent a Server header: {headers.GetValueOrDefault("server")}");
        }

        foreach (var document in documents)
        {
            var csp = await document.HeaderValueAsync("content-security-policy");
            Assert.False(string.IsNullOrEmpty(csp), $"{document.Url} ({document.Status}) sent no Content-Security-Policy.");
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        }

        // The GOV.UK Frontend modules ran under the CSP: nothing was refused and the body carries js-enabled.
        await Expect(page.Locator("body")).ToHaveClassAsync(new Regex("\\bjs-enabled\\b"));
        session.AssertNoCspViolations();
    }

    /// The watcher the other tests rely on does see a violation: an inline script, which the CSP forbids.
    [Fact]
    public async Task CspWatcher_ReportsAnInlineScriptTheBrowserRefuses()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/account/sign-in");

        await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.append(s); }"),
            new() { Predicate = m => m.Text.Contains("Content Security Policy", StringComparison.Ordinal) });

        Assert.False(await page.EvaluateAsync<bool>("() => window.inlineRan === true"), "The inline script ran despite the CSP.");
        Assert.NotEmpty(session.CspViolations);
        Assert.ThrowsAny<Exception>(session.AssertNoCspViolations);
    }
}
