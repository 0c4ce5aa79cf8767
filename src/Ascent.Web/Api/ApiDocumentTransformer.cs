using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ascent.Web.Api;

/// Says what the API is and how to call it: every operation needs `Authorization: Bearer asc_…`.
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BearerSchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Ascent API",
            Version = "v1",
            Description = "Read-only access to your register of early years settings, their inspections and the register's change events. "
                + "Everything is scoped to what the token's owner can see in Ascent. Make a token under Your account, API tokens.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerSchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "asc_ followed by 43 base64url characters",
            Description = "A personal access token from Your account, API tokens, sent as `Authorization: Bearer asc_…`.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
