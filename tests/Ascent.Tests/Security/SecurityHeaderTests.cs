using System.Net;
using Ascent.Tests.Support;

namespace Ascent.Tests.Security;

public abstract class SecurityHeaderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/")]
    [InlineData("/settings")]
    public async Task Pages_SendTheSecurityHeaders(string path)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var csp = Assert.Single(page.Response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(page.Response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(page.Response.Headers.GetValues("Referrer-Policy")));
        Assert.True(page.Response.Headers.CacheControl?.NoStore, "pages with personal data must not be cached");
        Assert.False(page.Response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/")]
    [InlineData("/account")]
    public async Task Pages_HaveNoInlineScriptOrStyle(string path)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        var page = await browser.GetAsync(path);
        Assert.All(page.Document.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), s.OuterHtml));
        Assert.Empty(page.Document.QuerySelectorAll("style, [style], [onclick], [onload]"));
    }

    [Fact]
    public async Task Health_LiveAndReady_AnswerWithoutSigningIn()
    {
        using var browser = app.NewBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health/live")).Status);
        var ready = await browser.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Text);
    }

    [Fact]
    public async Task UnknownPage_ShowsTheGovUkNotFoundPage()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        var page = await browser.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
    }
}

public sealed class SecurityHeaderTestsOnSqlite(SqliteFixture app) : SecurityHeaderTests<SqliteFixture>(app);

public sealed class SecurityHeaderTestsOnPostgres(PostgresFixture app) : SecurityHeaderTests<PostgresFixture>(app);

/// An Ascent whose sign-in limit is 3 posts a minute, so the test reaches it quickly.
public sealed class RateLimitedSqliteFixture : SqliteFixture
{
    protected override int AuthenticationPerMinute => 3;
}

public sealed class RateLimitTests(RateLimitedSqliteFixture app) : IClassFixture<RateLimitedSqliteFixture>
{
    [Fact]
    public async Task SignIn_PostedTooOften_Answers429()
    {
        using var browser = app.NewBrowser();
        var page = await browser.GetAsync("/account/sign-in");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var result = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = TestWorld.OwnerA1, ["Input.Password"] = "wrong " + i }, follow: false);
            statuses.Add(result.Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // Looking at the page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/sign-in")).Status);
    }
}
