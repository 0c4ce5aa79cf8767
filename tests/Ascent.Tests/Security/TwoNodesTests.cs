using System.Net;
using Ascent.Tests.Api;
using Ascent.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Ascent.Tests.Security;

/// Two Ascent nodes on one database behind a load balancer that sends each request to the other node: a
/// cookie, an antiforgery token or a signed link made on one must work on the other. The second node has a data
/// folder of its own, so nothing can pass between them on disk.
public abstract class TwoNodesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task OneSignedInUser_ServedByTwoNodesInTurn_NeverFails()
    {
        var folder = Directory.CreateTempSubdirectory("ascent-node-").FullName;
        try
        {
            await using var second = new AscentFactory(SecondNodeSettings(folder), app.Time);
            var balancer = new RoundRobin(app.Factory.Server.CreateHandler(), second.Server.CreateHandler());
            using var browser = new Browser(new HttpClient(new CookieContainerHandler { InnerHandler = balancer }) { BaseAddress = new Uri("https://localhost") }, app);

            // The sign-in form comes from one node and is posted to the other.
            var home = await browser.SignInAsync(TestWorld.OwnerA1);
            Assert.Equal("/", home.Url);
            Assert.Contains("Acorn Day Nursery", home.Text, StringComparison.Ordinal);

            for (var i = 0; i < 6; i++)
            {
                foreach (var path in new[] { "/", "/account", "/people", "/account/sessions" })
                {
                    var page = await browser.GetAsync(path, follow: false);
                    Assert.True(page.Status == HttpStatusCode.OK, $"{path} answered {(int)page.Status} on node {balancer.LastNode}");
                }

                // A form from one node, posted to the other.
                Assert.StartsWith("asc_", await ApiClient.CreateTokenAsync(browser), StringComparison.Ordinal);
            }

            Assert.Equal(new[] { 0, 1 }, balancer.Served.Distinct().Order());
            var signedOut = await browser.SubmitAsync(await browser.GetAsync("/"), formSelector: "form.app-sign-out");
            Assert.Contains("You have signed out", signedOut.Text, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/", follow: false)).Status);
            Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/", follow: false)).Status);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Dictionary<string, string?> SecondNodeSettings(string folder)
    {
        var settings = app.Settings.ToDictionary();
        // SQLite's default database lives in the data folder: point the second node at the first node's file.
        if (!settings.TryGetValue("Ascent:Database:ConnectionString", out var connection) || connection is null)
            settings["Ascent:Database:ConnectionString"] = $"Data Source={Path.Combine(settings["Ascent:DataDirectory"]!, "ascent.db")}";
        settings["Ascent:DataDirectory"] = folder;
        return settings;
    }

    private sealed class RoundRobin(params HttpMessageHandler[] nodes) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker[] invokers = [.. nodes.Select(n => new HttpMessageInvoker(n))];

        public List<int> Served { get; } = [];

        public int LastNode => Served[^1];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var node = Served.Count % invokers.Length;
            Served.Add(node);
            return invokers[node].SendAsync(request, cancellationToken);
        }
    }
}

public sealed class TwoNodesTestsOnSqlite(SqliteFixture app) : TwoNodesTests<SqliteFixture>(app);

public sealed class TwoNodesTestsOnPostgres(PostgresFixture app) : TwoNodesTests<PostgresFixture>(app);
