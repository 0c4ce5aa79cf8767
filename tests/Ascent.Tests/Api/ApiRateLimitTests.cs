using System.Net;
using Ascent.Tests.Support;

namespace Ascent.Tests.Api;

public abstract class ApiRateLimitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task EachToken_HasItsOwnLimit_AndIsToldToWaitWhenItIsUsedUp()
    {
        using var busy = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA, "Busy"));
        using var quiet = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA, "Quiet"));
        for (var i = 0; i < ApiRateLimitFixture.PerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/v1/settings")).StatusCode);

        var refused = await busy.GetAsync("/api/v1/settings");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await quiet.GetAsync("/api/v1/settings")).StatusCode);
    }
}

/// The API's limit per token, set low so a test can reach it.
public static class ApiRateLimitFixture
{
    public const int PerMinute = 3;

    public static void Configure(Dictionary<string, string?> settings) =>
        settings["Ascent:RateLimits:ApiPerMinute"] = PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

// AscentFixture builds Ascent's settings in ConfigureDatabaseAsync; these add the low limit to them.
public sealed class SqliteFixtureWithApiRateLimit : SqliteFixture
{
    protected override async Task ConfigureDatabaseAsync(Dictionary<string, string?> settings)
    {
        await base.ConfigureDatabaseAsync(settings);
        ApiRateLimitFixture.Configure(settings);
    }
}

public sealed class PostgresFixtureWithApiRateLimit : PostgresFixture
{
    protected override async Task ConfigureDatabaseAsync(Dictionary<string, string?> settings)
    {
        await base.ConfigureDatabaseAsync(settings);
        ApiRateLimitFixture.Configure(settings);
    }
}

public sealed class ApiRateLimitTestsOnSqlite(SqliteFixtureWithApiRateLimit app) : ApiRateLimitTests<SqliteFixtureWithApiRateLimit>(app);

public sealed class ApiRateLimitTestsOnPostgres(PostgresFixtureWithApiRateLimit app) : ApiRateLimitTests<PostgresFixtureWithApiRateLimit>(app);
