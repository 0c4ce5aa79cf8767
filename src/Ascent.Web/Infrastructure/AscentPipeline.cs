using Ascent.Web.Api;
using Ascent.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Ascent.Web.Infrastructure;

public static class AscentPipeline
{
    public static WebApplication UseAscent(this WebApplication app)
    {
        // First, so that everything after sees the client's address and the scheme it used (docs/adr/0009).
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Before authentication and the error pages, which read the database: with the database down, a request
        // carrying a sign-in cookie must still get 503 from the readiness check, not a 500 from the cookie check.
        app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseApiProblemDetails();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<StrongAuthenticationMiddleware>();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapAscentApi();
        return app;
    }
}
