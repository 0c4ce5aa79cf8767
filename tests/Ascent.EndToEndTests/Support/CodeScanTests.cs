using Microsoft.Playwright;
using Xunit.Sdk;

namespace Ascent.EndToEndTests.Support;

/// The code scan every journey relies on: it must find the definition files' codes (and only as whole words), fail a
/// page that shows one with the page's address and the code, and catch a page no step checked.
[Collection(SharedBrowser.Name)]
public sealed class CodeScanTests(AscentBrowserFixture app)
{
    private const string ShowsCodes = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Codes</title></head>
        <body><main>
          <h1>Visit 1 (accompanied by the Senior Improvement Adviser); audits: sstew</h1>
          <p>Rule two-year-olds-good-or-better-only (register change 1)</p>
        </main></body></html>
        """;

    private const string ShowsNames = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Names</title></head>
        <body><main>
          <h1>Visit 1: Sustained Shared Thinking and Emotional Well-being (SSTEW) audit</h1>
          <p>Conduct a two-year-old audit. Safeguarding: met. Overall: requires improvement.</p>
          <details><summary>Show the definition file</summary><pre>audits: [sstew]</pre></details>
        </main></body></html>
        """;

    [Fact]
    public void Codes_FromTheDefinitionFiles_LeaveOutOrdinaryWords()
    {
        var codes = DefinitionCodes.All;

        Assert.Contains("sstew", codes);
        Assert.Contains("safeguarding-and-welfare-requirements", codes);
        Assert.Contains("two-year-olds-good-or-better-only", codes);
        Assert.Contains("allocate-adviser", codes);
        Assert.Contains("requires-improvement", codes);
        Assert.Contains("ofsted-renewed-2025", codes);
        Assert.Contains("ff2", codes);
        Assert.Contains("qa1", codes);
        Assert.Contains("WelfareRequirementsNotice", codes);
        Assert.DoesNotContain("Suspension", codes);
        // Words the files use as words, and a code that is its own display name.
        Assert.DoesNotContain("two-year-old", codes);
        Assert.DoesNotContain("safeguarding", codes);
        Assert.DoesNotContain("inadequate", codes);
        Assert.DoesNotContain("met", codes);
        Assert.DoesNotContain("meeting", codes);
        Assert.DoesNotContain("strong", codes);
        Assert.DoesNotContain("1", codes);
    }

    [Theory]
    [InlineData("audits: sstew", "sstew")]
    [InlineData("Rule two-year-olds-good-or-better-only (register change 1)", "two-year-olds-good-or-better-only")]
    [InlineData("Any area not-met.", "not-met")]
    public void Find_NamesEachCodeShown(string text, string code) =>
        Assert.Equal([code], CodeScan.Find(text));

    [Theory]
    [InlineData("SSTEW audit")]
    [InlineData("a two-year-old audit")]
    [InlineData("the funding-withdrawal review")]
    [InlineData("Requires improvement to be good")]
    [InlineData("Not met")]
    public void Find_LeavesWordsAlone(string text) =>
        Assert.Empty(CodeScan.Find(text));

    [Fact]
    public async Task Check_FailsAPageThatShowsACode_NamingThePageAndTheCode()
    {
        await using var session = await app.NewSessionAsync();
        await ServeAsync(session.Page, "/code-scan/codes", ShowsCodes);

        var failure = await Assert.ThrowsAsync<XunitException>(() => CodeScan.AssertNoCodesAsync(session.Page));

        Assert.Contains("/code-scan/codes", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'sstew'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'two-year-olds-good-or-better-only'", failure.Message, StringComparison.Ordinal);
        // The load was scanned too, though no step checked the page.
        await Assert.ThrowsAsync<XunitException>(session.AssertNoCodesShownAsync);
    }

    [Fact]
    public async Task Check_PassesAPageThatShowsNames_AndAClosedDefinitionFile()
    {
        await using var session = await app.NewSessionAsync();
        await ServeAsync(session.Page, "/code-scan/names", ShowsNames);

        await CodeScan.AssertNoCodesAsync(session.Page);
        await session.AssertNoCodesShownAsync();
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
