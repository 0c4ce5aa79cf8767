using System.Globalization;
using System.Security.Claims;
using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Infrastructure.Security;

/// Puts what every request needs into the cookie — tenant, setting, name, and whether the user has a second
/// factor — so that tenancy and the two-factor rule cost no database call per request.
public sealed class AscentClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options,
    AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    public const string StrongAuthenticationClaim = "ascent:strong-auth";
    public const string DemoClaim = "ascent:demo";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.NameClaim, user.DisplayName));
        if (user.TenantId is { } tenantId)
            identity.AddClaim(new Claim(CurrentUser.TenantClaim, tenantId.ToString(CultureInfo.InvariantCulture)));
        if (user.SettingId is { } settingId)
            identity.AddClaim(new Claim(CurrentUser.SettingClaim, settingId.ToString(CultureInfo.InvariantCulture)));
        var hasPasskey = await db.Set<IdentityUserPasskey<Guid>>().AnyAsync(p => p.UserId == user.Id);
        if (user.TwoFactorEnabled || hasPasskey)
            identity.AddClaim(new Claim(StrongAuthenticationClaim, "true"));
        if (user.IsDemo)
            identity.AddClaim(new Claim(DemoClaim, "true"));
        return identity;
    }
}
