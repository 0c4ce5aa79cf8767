using System.Net;
using System.Text.Json;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Api;

public abstract class ChangeEventsApiTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AscentFixture
{
    private IReadOnlyList<long> _eventsOfA = [];

    private IReadOnlyList<long> _eventsOfA1 = [];

    /// Five events in LA A (three of setting A1, two of A2) interleaved with two of LA B, added before the first test.
    public async Task InitializeAsync()
    {
        var ids = await app.WithDbAsync(async (db, _) =>
        {
            if (!await db.ChangeEvents.AnyAsync())
            {
                var at = app.Time.GetUtcNow();
                db.ChangeEvents.AddRange(new (int Tenant, int Setting)[]
                {
                    (app.World.TenantAId, app.World.SettingA1Id), (app.World.TenantBId, app.World.SettingB1Id), (app.World.TenantAId, app.World.SettingA2Id),
                    (app.World.TenantAId, app.World.SettingA1Id), (app.World.TenantBId, app.World.SettingB1Id), (app.World.TenantAId, app.World.SettingA2Id),
                    (app.World.TenantAId, app.World.SettingA1Id),
                }.Select((e, i) => new ChangeEvent(e.Tenant, e.Setting, ChangeEventTypes.NewJudgement, $"Event {i}", $$"""{"grade":"{{i}}"}""", at.AddMinutes(i), null)));
                await db.SaveChangesAsync();
            }

            return await db.ChangeEvents.OrderBy(e => e.Id).Select(e => new { e.Id, e.TenantId, e.SettingId }).ToListAsync();
        });
        _eventsOfA = [.. ids.Where(e => e.TenantId == app.World.TenantAId).Select(e => e.Id)];
        _eventsOfA1 = [.. ids.Where(e => e.SettingId == app.World.SettingA1Id).Select(e => e.Id)];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ChangeEvents_ArePagedByAfterId_InIdOrder_WithinTheCallersLocalAuthority()
    {
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        var seen = new List<long>();
        long afterId = 0;
        for (var requests = 0; requests < 10; requests++)
        {
            var page = await (await client.GetAsync($"/api/v1/change-events?afterId={afterId}&limit=2")).JsonAsync();
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.True(items.Count <= 2);
            seen.AddRange(items.Select(i => i.GetProperty("id").GetInt64()));
            afterId = page.GetProperty("nextAfterId").GetInt64();
            if (!page.GetProperty("hasMore").GetBoolean())
                break;
        }

        Assert.Equal(_eventsOfA, seen);
        Assert.Equal(_eventsOfA[^1], afterId);

        // Polling again from where it stopped finds nothing new and keeps its place.
        var next = await (await client.GetAsync($"/api/v1/change-events?afterId={afterId}")).JsonAsync();
        Assert.Empty(next.GetProperty("items").EnumerateArray());
        Assert.Equal(afterId, next.GetProperty("nextAfterId").GetInt64());
        Assert.False(next.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task ChangeEvent_CarriesItsPayloadAsJson()
    {
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        var page = await (await client.GetAsync($"/api/v1/change-events?afterId={_eventsOfA[0] - 1}&limit=1")).JsonAsync();
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(_eventsOfA[0], item.GetProperty("id").GetInt64());
        Assert.Equal(app.World.SettingA1Id, item.GetProperty("settingId").GetInt32());
        Assert.Equal("new-judgement", item.GetProperty("type").GetString());
        Assert.Equal("Event 0", item.GetProperty("summary").GetString());
        Assert.Equal(JsonValueKind.Object, item.GetProperty("payload").ValueKind);
        Assert.Equal("0", item.GetProperty("payload").GetProperty("grade").GetString());
        Assert.True(DateTimeOffset.TryParse(item.GetProperty("occurredAt").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.True(page.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task SettingStaff_SeeOnlyTheirSettingsChangeEvents()
    {
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.OwnerA1));
        var page = await (await client.GetAsync("/api/v1/change-events?limit=1000")).JsonAsync();
        Assert.Equal(_eventsOfA1, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=1001")]
    [InlineData("?afterId=-1")]
    public async Task ChangeEvents_OutOfRangeArguments_AreABadRequest(string query)
    {
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        var response = await client.GetAsync("/api/v1/change-events" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class ChangeEventsApiTestsOnSqlite(SqliteFixture app) : ChangeEventsApiTests<SqliteFixture>(app);

public sealed class ChangeEventsApiTestsOnPostgres(PostgresFixture app) : ChangeEventsApiTests<PostgresFixture>(app);
