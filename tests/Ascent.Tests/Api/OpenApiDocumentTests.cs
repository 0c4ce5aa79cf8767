using System.Net;
using Ascent.Tests.Support;

namespace Ascent.Tests.Api;

public abstract class OpenApiDocumentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task OpenApiDocument_IsPublic_AndDescribesThePathsAndTheBearerScheme()
    {
        using var client = ApiClient.For(app, null);
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.JsonAsync();

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Ascent API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["/api/v1/change-events", "/api/v1/settings", "/api/v1/settings/{id}", "/api/v1/settings/{id}/inspections"], paths);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var requirement = Assert.Single(document.GetProperty("security").EnumerateArray());
        Assert.True(requirement.TryGetProperty("Bearer", out _));

        var list = document.GetProperty("paths").GetProperty("/api/v1/settings").GetProperty("get");
        Assert.Equal(
            ["includeLeft", "latestGrade", "page", "pageSize", "q", "standing", "type"],
            list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.True(list.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(list.GetProperty("responses").TryGetProperty("401", out _));
        var summary = document.GetProperty("components").GetProperty("schemas").GetProperty("SettingSummary").GetProperty("properties");
        foreach (var property in new[] { "id", "urn", "name", "providerType", "sector", "status", "localAuthority", "postcode", "places", "registeredOn", "standing", "latestInspection" })
            Assert.True(summary.TryGetProperty(property, out _), property);
    }
}

public sealed class OpenApiDocumentTestsOnSqlite(SqliteFixture app) : OpenApiDocumentTests<SqliteFixture>(app);

public sealed class OpenApiDocumentTestsOnPostgres(PostgresFixture app) : OpenApiDocumentTests<PostgresFixture>(app);
