using System.Net;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Api;

/// These move the fixture's clock on by weeks, so they have a fixture of their own rather than upset other tests'.
public abstract class ApiTokenLifetimeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task ExpiredToken_IsUnauthorized()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        var secret = await ApiClient.CreateTokenAsync(browser, "Thirty days", days: 30);
        using var client = ApiClient.For(app, secret);
        app.Time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/settings")).StatusCode);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        var response = await client.GetAsync("/api/v1/settings");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastUsed_IsRecordedAtMostEveryFiveMinutes()
    {
        var secret = await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.OwnerA2, "Last used");
        using var client = ApiClient.For(app, secret);
        Task<DateTimeOffset?> LastUsedAsync() => app.WithDbAsync((db, _) => db.PersonalAccessTokens.Where(t => t.Name == "Last used").Select(t => t.LastUsedAt).SingleAsync());
        Assert.Null(await LastUsedAsync());

        await client.GetAsync("/api/v1/settings");
        var first = await LastUsedAsync();
        Assert.NotNull(first);
        app.Time.Advance(TimeSpan.FromMinutes(4));
        await client.GetAsync("/api/v1/settings");
        Assert.Equal(first, await LastUsedAsync());
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await client.GetAsync("/api/v1/settings");
        Assert.Equal(first + TimeSpan.FromMinutes(5), await LastUsedAsync());
    }
}

public sealed class ApiTokenLifetimeTestsOnSqlite(SqliteFixture app) : ApiTokenLifetimeTests<SqliteFixture>(app);

public sealed class ApiTokenLifetimeTestsOnPostgres(PostgresFixture app) : ApiTokenLifetimeTests<PostgresFixture>(app);
