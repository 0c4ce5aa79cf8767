using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace Ascent.Web.Api;

/// The read-only JSON API under /api/v1: personal access tokens only (never the sign-in cookie, so a page on
/// another site cannot make a signed-in browser call it), a rate limit per token, and an OpenAPI document.
public static class ApiServices
{
    public const string Policy = "Api";
    public const string RateLimitPolicy = "api";
    public const string DocumentName = "v1";

    public static IServiceCollection AddAscentApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, null);
        // A policy that names its scheme authenticates with that scheme alone and replaces the cookie's principal.
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(PersonalAccessTokenHandler.SchemeName)
            .RequireAuthenticatedUser()));

        var permitPerMinute = configuration.GetValue("Ascent:RateLimits:ApiPerMinute", 600);
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RateLimitPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                PartitionKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // The API only writes JSON; strict numbers keep "integer" (not "integer or string") in the OpenAPI schemas.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi(DocumentName, o => o.AddDocumentTransformer<ApiDocumentTransformer>());
        return services;
    }

    // The rate limiter runs before authentication, so it counts by the token presented (by its hash: the
    // limiter's memory never holds a secret), and by address when there is no well-formed token.
    private static string PartitionKey(HttpContext context)
    {
        var token = PersonalAccessTokenHandler.ReadBearerToken(context.Request);
        return PersonalAccessToken.LooksLikeToken(token)
            ? "token:" + PersonalAccessToken.Hash(token!)
            : "address:" + context.Connection.RemoteIpAddress;
    }
}
