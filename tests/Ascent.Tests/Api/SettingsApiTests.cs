using System.Net;
using System.Text.Json;
using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Api;

public abstract class SettingsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Settings_ListOnlyTheCallersLocalAuthority_InCamelCaseJson()
    {
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        var response = await client.GetAsync("/api/v1/settings");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.JsonAsync();
        Assert.Equal(2, body.GetProperty("total").GetInt32());
        Assert.Equal(1, body.GetProperty("page").GetInt32());
        Assert.Equal(100, body.GetProperty("pageSize").GetInt32());
        var items = body.GetProperty("items");
        Assert.Equal(["EY100001", "EY100002"], items.Strings("urn"));
        var acorn = items[0];
        Assert.Equal(app.World.SettingA1Id, acorn.GetProperty("id").GetInt32());
        Assert.Equal("Acorn Day Nursery", acorn.GetProperty("name").GetString());
        Assert.Equal("Childcare on non-domestic premises", acorn.GetProperty("providerType").GetString());
        Assert.Equal("Active", acorn.GetProperty("status").GetString());
        Assert.Equal("AS1 1AA", acorn.GetProperty("postcode").GetString());
        Assert.Equal("2015-03-01", acorn.GetProperty("registeredOn").GetString());
        var latest = acorn.GetProperty("latestInspection");
        Assert.Equal("ofsted-eif-2019", latest.GetProperty("frameworkCode").GetString());
        Assert.Equal("2023-06-01", latest.GetProperty("date").GetString());
        Assert.Equal("2", latest.GetProperty("overallGrade").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("latestInspection").ValueKind);
    }

    [Fact]
    public async Task Settings_AreFilteredAndPaged()
    {
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        async Task<IReadOnlyList<string>> UrnsAsync(string query) =>
            (await (await client.GetAsync("/api/v1/settings" + query)).JsonAsync()).GetProperty("items").Strings("urn");

        Assert.Equal(["EY100002"], await UrnsAsync("?q=ey100002"));
        Assert.Equal(["EY100001"], await UrnsAsync("?q=acorn"));
        Assert.Equal(["EY100002"], await UrnsAsync("?q=AS2"));
        Assert.Empty(await UrnsAsync("?q=EY200001"));
        Assert.Equal(["EY100001"], await UrnsAsync("?latestGrade=2"));
        Assert.Equal(["EY100002"], await UrnsAsync("?latestGrade=none"));
        Assert.Equal(["EY100001", "EY100002"], await UrnsAsync("?type=Childcare%20on%20non-domestic%20premises"));
        Assert.Empty(await UrnsAsync("?type=Childminder"));
        Assert.Equal(["EY100002"], await UrnsAsync("?page=2&pageSize=1"));
        Assert.Empty(await UrnsAsync("?page=3&pageSize=1"));

        var tooBig = await client.GetAsync("/api/v1/settings?pageSize=501");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.True((await tooBig.JsonAsync()).GetProperty("errors").TryGetProperty("pageSize", out _));
        var notANumber = await client.GetAsync("/api/v1/settings?page=first");
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Equal("application/problem+json", notANumber.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SettingsThatLeftTheRegister_AreListedOnlyWhenAskedFor()
    {
        await app.WithDbAsync(async (db, _) =>
        {
            var departed = new Setting(app.World.TenantAId, "EY100009", "Departed Nursery", "Childminder", new DateOnly(2012, 1, 1));
            departed.LeaveRegister(new DateOnly(2025, 8, 31));
            db.Settings.Add(departed);
            return await db.SaveChangesAsync();
        });
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        Assert.Empty((await (await client.GetAsync("/api/v1/settings?q=EY100009")).JsonAsync()).GetProperty("items").EnumerateArray());
        var departedItem = Assert.Single((await (await client.GetAsync("/api/v1/settings?q=EY100009&includeLeft=true")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("Resigned", departedItem.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Setting_OfAnotherLocalAuthority_IsNotFound()
    {
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        foreach (var path in new[] { $"/api/v1/settings/{app.World.SettingB1Id}", $"/api/v1/settings/{app.World.SettingB1Id}/inspections" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var unknown = await client.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SettingStaffsToken_SeesOnlyTheirSetting()
    {
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.OwnerA1));
        var list = await (await client.GetAsync("/api/v1/settings")).JsonAsync();
        Assert.Equal(["EY100001"], list.GetProperty("items").Strings("urn"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/settings/{app.World.SettingA1Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/settings/{app.World.SettingA2Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/settings/{app.World.SettingA2Id}/inspections")).StatusCode);
    }

    [Fact]
    public async Task SettingStaffsToken_ListsTheirSetting_EvenAfterItLeftTheRegister()
    {
        const string email = "owner@closing.test";
        var id = await app.WithDbAsync(async (db, services) =>
        {
            var closing = new Setting(app.World.TenantAId, "EY100077", "Closing Nursery", "Childminder", new DateOnly(2012, 1, 1));
            closing.LeaveRegister(new DateOnly(2025, 8, 31));
            db.Settings.Add(closing);
            await db.SaveChangesAsync();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var owner = new AppUser(email, "Cleo Closing", app.World.TenantAId, closing.Id) { EmailConfirmed = true };
            Assert.True((await users.CreateAsync(owner, TestWorld.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(owner, Roles.SettingOwner)).Succeeded);
            return closing.Id;
        });

        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, email));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/settings/{id}")).StatusCode);
        var list = await (await client.GetAsync("/api/v1/settings")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(["EY100077"], list.GetProperty("items").Strings("urn"));
    }

    [Fact]
    public async Task Setting_HasItsDetailsAndInspectionsWithAreaGrades()
    {
        await app.WithDbAsync(async (db, _) =>
        {
            var inspection = await db.Inspections.SingleAsync(i => i.SettingId == app.World.SettingA1Id);
            inspection.SetGrade("quality-of-education", "2");
            inspection.SetGrade("leadership-and-management", "1");
            return await db.SaveChangesAsync();
        });
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdviserA));

        var setting = await (await client.GetAsync($"/api/v1/settings/{app.World.SettingA1Id}")).JsonAsync();
        Assert.Equal("EY100001", setting.GetProperty("urn").GetString());
        Assert.Equal("AS1 1AA", setting.GetProperty("address").GetProperty("postcode").GetString());
        var inspection = Assert.Single(setting.GetProperty("inspections").EnumerateArray());
        Assert.Equal("2023-06-01", inspection.GetProperty("date").GetString());
        Assert.Equal("Full inspection", inspection.GetProperty("inspectionType").GetString());
        Assert.Equal(
            ["quality-of-education=2", "leadership-and-management=1"],
            inspection.GetProperty("grades").EnumerateArray().Select(g => $"{g.GetProperty("areaCode").GetString()}={g.GetProperty("gradeCode").GetString()}"));

        var inspections = await (await client.GetAsync($"/api/v1/settings/{app.World.SettingA1Id}/inspections")).JsonAsync();
        Assert.Equal(inspection.GetRawText(), Assert.Single(inspections.EnumerateArray()).GetRawText());
        Assert.Empty((await (await client.GetAsync($"/api/v1/settings/{app.World.SettingA2Id}/inspections")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task SystemAdministratorsToken_SeesEveryLocalAuthority()
    {
        using var client = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.SystemAdmin));
        var list = await (await client.GetAsync("/api/v1/settings")).JsonAsync();
        Assert.Equal(["EY100001", "EY100002", "EY200001"], list.GetProperty("items").Strings("urn"));
    }
}

public sealed class SettingsApiTestsOnSqlite(SqliteFixture app) : SettingsApiTests<SqliteFixture>(app);

public sealed class SettingsApiTestsOnPostgres(PostgresFixture app) : SettingsApiTests<PostgresFixture>(app);
