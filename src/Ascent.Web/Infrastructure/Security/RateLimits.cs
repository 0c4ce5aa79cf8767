using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Ascent.Web.Infrastructure.Security;

/// Limits on the forms an attacker would hammer. A password check costs tens of milliseconds of CPU,
/// so a few hundred an hour from one address is plenty for people and too few for guessing.
public static class RateLimits
{
    public const string Authentication = "authentication";

    /// The page a share link opens: anyone may ask for it, so guessing tokens is slowed here (each guess is a GET).
    public const string SharedLinks = "shared-links";

    public static IServiceCollection AddAscentRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permitPerMinute = configuration.GetValue("Ascent:RateLimits:AuthenticationPerMinute", 10);
        var sharedPerMinute = configuration.GetValue("Ascent:RateLimits:SharedLinksPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            // Only form posts count: looking at the sign-in page costs nothing.
            options.AddPolicy(Authentication, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("get"));
            options.AddPolicy(SharedLinks, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = sharedPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
