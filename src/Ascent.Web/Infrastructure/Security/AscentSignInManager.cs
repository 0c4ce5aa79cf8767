using System.Security.Claims;
using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Infrastructure.Security;

/// Identity's sign-in manager, plus two rules of Ascent: a deactivated user cannot sign in, and every sign-in
/// (password, two-factor, passkey) opens a session row the user can see and revoke.
public sealed class AscentSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    AppDbContext db,
    TimeProvider time)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        // A refresh (after enabling two-factor, say) keeps the browser's session; a new sign-in opens one.
        var current = Context.User;
        var sessionId = current.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id.ToString()
            ? current.FindFirstValue(CurrentUser.SessionClaim)
            : null;
        if (sessionId is null)
        {
            var session = new UserSession(user.Id, Context.Request.Headers.UserAgent.ToString(), Context.Connection.RemoteIpAddress?.ToString(), time.GetUtcNow());
            db.UserSessions.Add(session);
            await db.SaveChangesAsync();
            sessionId = session.Id.ToString();
        }

        claims.Add(new Claim(CurrentUser.SessionClaim, sessionId));
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    public override async Task SignOutAsync()
    {
        if (Guid.TryParse(Context.User.FindFirstValue(CurrentUser.SessionClaim), out var sessionId))
        {
            var session = await db.UserSessions.FindAsync(sessionId);
            if (session is not null && session.IsActive)
            {
                session.Revoke(time.GetUtcNow());
                await db.SaveChangesAsync();
            }
        }

        await base.SignOutAsync();
    }
}
