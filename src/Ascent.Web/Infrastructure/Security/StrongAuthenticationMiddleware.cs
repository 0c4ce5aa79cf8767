using Ascent.Web.Domain.People;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Infrastructure.Security;

/// LA staff and system administrators must have two-factor authentication or a passkey before they use Ascent
/// (they see many settings' data). Until they do, every page sends them to set one up.
public sealed class StrongAuthenticationMiddleware(RequestDelegate next, IOptions<AscentOptions> options)
{
    public const string SetUpPath = "/account/security/required";

    // The API ignores the sign-in cookie and applies this rule to a token's owner itself (PersonalAccessTokenHandler).
    private static readonly string[] AllowedPrefixes = ["/account", "/health", "/lib", "/css", "/js", "/error", "/api", "/openapi"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && LacksRequiredStrongAuthentication(user, options.Value.DemoMode)
            && !AllowedPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetUpPath);
            return Task.CompletedTask;
        }

        return next(context);
    }

    public static bool RequiresStrongAuthentication(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.SystemAdministrator) || Roles.LocalAuthorityRoles.Any(user.IsInRole);

    public static bool LacksRequiredStrongAuthentication(System.Security.Claims.ClaimsPrincipal user, bool demoMode) =>
        RequiresStrongAuthentication(user)
        && !user.HasClaim(c => c.Type == AscentClaimsPrincipalFactory.StrongAuthenticationClaim)
        && !(demoMode && user.HasClaim(c => c.Type == AscentClaimsPrincipalFactory.DemoClaim));
}
