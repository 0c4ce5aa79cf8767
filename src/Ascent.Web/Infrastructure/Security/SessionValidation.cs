using System.Security.Claims;
using Ascent.Web.Data;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Ascent.Web.Infrastructure.Security;

/// Runs on every authenticated request: Identity's security-stamp check (every 5 minutes at most), then a
/// look-up of the browser's session row, so that a revoked session or a deactivated user is out at once.
public static class SessionValidation
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is null)
            return;

        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<AppDbContext>();
        var time = services.GetRequiredService<TimeProvider>();
        var session = Guid.TryParse(context.Principal.FindFirstValue(CurrentUser.SessionClaim), out var id)
            ? await db.UserSessions.FindAsync(id)
            : null;
        if (session is null || !session.IsActive || session.UserId.ToString() != context.Principal.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (session.Touch(time.GetUtcNow()))
            await db.SaveChangesAsync();
    }

    /// Identity rebuilds the principal when it revalidates the stamp; the session id must survive that.
    public static Task KeepSessionClaim(SecurityStampRefreshingPrincipalContext context)
    {
        var session = context.CurrentPrincipal?.FindFirst(CurrentUser.SessionClaim);
        if (session is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == CurrentUser.SessionClaim))
            identity.AddClaim(new Claim(CurrentUser.SessionClaim, session.Value));
        return Task.CompletedTask;
    }
}
