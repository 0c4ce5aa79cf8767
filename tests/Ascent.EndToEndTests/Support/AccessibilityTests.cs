using Microsoft.Playwright;
using Xunit.Sdk;

namespace Ascent.EndToEndTests.Support;

/// The accessibility check every journey relies on: it must fail a page with serious violations, with and without
/// JavaScript, pass a plain accessible one, and check a page again when its shape changes. The pages are served by
/// the browser itself at Ascent's address.
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(AscentBrowserFixture app)
{
    private const string Broken = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Broken</title></head>
        <body><main>
          <h1>A page with violations</h1>
          <img src="/no-such-image.png">
          <input type="text" name="unlabelled">
          <p style="color:#d8d8d8;background:#ffffff">Pale grey text on white</p>
        </main></body></html>
        """;

    private const string Accessible = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Accessible</title></head>
        <body><main>
          <h1>A plain page</h1>
          <img src="/no-such-image.png" alt="A chart of visits by month">
          <label for="name">Name</label><input type="text" id="name" name="name">
          <p style="color:#0b0c0c;background:#ffffff">Dark text on white</p>
        </main></body></html>
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Check_FailsAPageWithSeriousViolations_NamingEachRule(bool javaScriptEnabled)
    {
        await using var session = await app.NewSessionAsync(javaScriptEnabled);
        await ServeAsync(session.Page, "/accessibility-check/broken", Broken);

        var failure = await Assert.ThrowsAsync<XunitException>(() => Accessibility.AssertAccessibleAsync(session.Page));

        Assert.Contains("/accessibility-check/broken", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt [critical]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label [critical]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("color-contrast [serious]", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Check_PassesAnAccessiblePage(bool javaScriptEnabled)
    {
        await using var session = await app.NewSessionAsync(javaScriptEnabled);
        await ServeAsync(session.Page, "/accessibility-check/accessible", Accessible);

        await Accessibility.AssertAccessibleAsync(session.Page);
    }

    /// A page is checked once per shape: the same page again is not, but the same address with an element more is.
    [Fact]
    public async Task Check_OfAPageThatChanged_RunsAgain()
    {
        await using var session = await app.NewSessionAsync();
        await ServeAsync(session.Page, "/accessibility-check/changing", Accessible);
        await Accessibility.AssertAccessibleAsync(session.Page);
        var (_, passed) = await PageShape.OfAsync(session.Page, scriptless: false);
        Assert.True(passed);

        await session.Page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/no-such-image.png\">')");

        var failure = await Assert.ThrowsAsync<XunitException>(() => Accessibility.AssertAccessibleAsync(session.Page));
        Assert.Contains("image-alt [critical]", failure.Message, StringComparison.Ordinal);
    }

    private async Task ServeAsync(IPage page, string path, string html)
    {
        var url = app.BaseUrl + path;
        await page.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = html,
        }));
        await page.GotoAsync(url);
    }
}
