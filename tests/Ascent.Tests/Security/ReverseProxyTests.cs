using System.Net;
using Ascent.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// Ascent behind a proxy that terminates TLS and talks plain http to it, as the README advises. The proxy's
/// address is configured as trusted (Ascent:ReverseProxy), so its X-Forwarded-Proto and X-Forwarded-For are
/// believed; anyone else's are not.
public abstract class ReverseProxyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task FormsWork_OverHttpFromATrustedProxy_ThatSaysTheBrowserUsedHttps()
    {
        using var browser = new Browser(ThroughProxy(ReverseProxyFixture.Proxy, "203.0.113.10"), app);
        var signIn = await browser.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        Assert.StartsWith("max-age=31536000", signIn.Response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);

        var home = await browser.SubmitAsync(signIn, new Dictionary<string, string> { ["Input.Email"] = TestWorld.OwnerA1, ["Input.Password"] = TestWorld.Password });
        Assert.Equal("/", home.Url);
        Assert.Contains("Acorn Day Nursery", home.Text, StringComparison.Ordinal);
        var signedOut = await browser.SubmitAsync(home, formSelector: "form.app-sign-out");
        Assert.Contains("You have signed out", signedOut.Text, StringComparison.Ordinal);

        // The sessions page shows where someone signed in from: the browser, not the proxy.
        var owner = app.World.UserIds[TestWorld.OwnerA1];
        var addresses = await app.WithDbAsync((db, _) => db.UserSessions.Where(s => s.UserId == owner).Select(s => s.IpAddress).ToListAsync());
        Assert.Contains("203.0.113.10", addresses);
        Assert.DoesNotContain(ReverseProxyFixture.Proxy, addresses);
    }

    [Fact]
    public async Task RedirectsKeepHttps_ThroughATrustedProxy_ButNotForAnUntrustedSource()
    {
        using var proxied = ThroughProxy(ReverseProxyFixture.Proxy, "203.0.113.11");
        Assert.StartsWith("https://ascent.example/account/sign-in", (await proxied.GetAsync("/")).Headers.Location?.AbsoluteUri, StringComparison.Ordinal);

        using var direct = Direct("http://ascent.example", ReverseProxyFixture.Stranger);
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        Assert.StartsWith("http://ascent.example/account/sign-in", (await direct.SendAsync(request)).Headers.Location?.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientsBehindTheProxy_AreRateLimitedSeparately()
    {
        using var first = ThroughProxy(ReverseProxyFixture.NetworkProxy, "203.0.113.20");
        using var second = ThroughProxy(ReverseProxyFixture.NetworkProxy, "203.0.113.21");
        for (var i = 0; i < ReverseProxyFixture.PostsPerMinute; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostSignInAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostSignInAsync(first)).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostSignInAsync(second)).StatusCode);
    }

    [Fact]
    public async Task XForwardedFor_FromAnUntrustedSource_IsIgnored()
    {
        using var client = Direct("https://ascent.example", "198.51.100.30");
        for (var i = 0; i < ReverseProxyFixture.PostsPerMinute; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostSignInAsync(client, forwardedFor: $"192.0.2.{i + 1}")).StatusCode);
        // A new address in the header is not a new client: the connection's own address is counted.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostSignInAsync(client, forwardedFor: "192.0.2.99")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in") { Content = new FormUrlEncodedContent([]) };
        if (forwardedFor is not null)
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    /// A browser on https://ascent.example whose requests pass through the proxy, cookies and all.
    private HttpClient ThroughProxy(string proxy, string client) =>
        app.Factory.CreateDefaultClient(new Uri("https://ascent.example"), new CookieContainerHandler(), new TlsTerminatingProxy(proxy, client));

    private HttpClient Direct(string baseAddress, string peer)
    {
        var client = app.Factory.CreateDefaultClient(new Uri(baseAddress));
        client.DefaultRequestHeaders.Add(PeerAddress.Header, peer);
        return client;
    }

    /// What nginx or a load balancer does: takes https from the browser, passes http to Ascent from its own
    /// address, and appends the browser's address and scheme in X-Forwarded-For and X-Forwarded-Proto.
    private sealed class TlsTerminatingProxy(string proxyAddress, string clientAddress) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var original = request.RequestUri!;
            request.RequestUri = new UriBuilder(original) { Scheme = Uri.UriSchemeHttp, Port = -1 }.Uri;
            request.Headers.Add("X-Forwarded-Proto", original.Scheme);
            request.Headers.Add("X-Forwarded-For", clientAddress);
            request.Headers.Add(PeerAddress.Header, proxyAddress);
            var response = await base.SendAsync(request, cancellationToken);
            // The browser (and its cookie jar) only ever saw https.
            request.RequestUri = original;
            return response;
        }
    }
}

public static class ReverseProxyFixture
{
    public const string Proxy = "10.0.0.2";

    /// A proxy trusted because its network is listed (Ascent:ReverseProxy:KnownNetworks).
    public const string NetworkProxy = "10.1.2.3";

    public const string Stranger = "198.51.100.7";

    public const int PostsPerMinute = 3;

    public static void Configure(Dictionary<string, string?> settings)
    {
        settings["Ascent:PublicBaseUrl"] = "https://ascent.example";
        settings["Ascent:ReverseProxy:KnownProxies:0"] = Proxy;
        settings["Ascent:ReverseProxy:KnownNetworks:0"] = "10.1.0.0/16";
        settings["Ascent:RateLimits:AuthenticationPerMinute"] = PostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class ReverseProxySqliteFixture : SqliteFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => ReverseProxyFixture.Configure(settings);
}

public sealed class ReverseProxyPostgresFixture : PostgresFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => ReverseProxyFixture.Configure(settings);
}

public sealed class ReverseProxyTestsOnSqlite(ReverseProxySqliteFixture app) : ReverseProxyTests<ReverseProxySqliteFixture>(app);

public sealed class ReverseProxyTestsOnPostgres(ReverseProxyPostgresFixture app) : ReverseProxyTests<ReverseProxyPostgresFixture>(app);
