namespace Ascent.Web.Api;

public static class ApiEndpoints
{
    /// The API answers in JSON problem details, never with the HTML error pages that people see.
    public static WebApplication UseApiProblemDetails(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api => api.UseStatusCodePages(context =>
                TypedResults.Problem(statusCode: context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext)));
        return app;
    }

    public static WebApplication MapAscentApi(this WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1")
            .RequireAuthorization(ApiServices.Policy)
            .RequireRateLimiting(ApiServices.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        v1.MapSettings();
        v1.MapInspections();
        v1.MapChangeEvents();

        // Anything else under /api is a JSON 404 for API clients, not the people's "Page not found".
        app.MapFallback("/api/{**path}", () => TypedResults.NotFound())
            .RequireAuthorization(ApiServices.Policy)
            .RequireRateLimiting(ApiServices.RateLimitPolicy)
            .ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}
