using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Identity;

namespace Ascent.Web.Infrastructure.Security;

public static class IdentityServices
{
    public const int MaxFailedSignIns = 50;

    public static void AddAscentIdentity(this IServiceCollection services, bool requireHttps)
    {
        var cookiePrefix = requireHttps ? "__Host-" : "";
        var securePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                // ASVS 5.0 6.2: length, not composition; common passwords are refused by CommonPasswordValidator.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                // The backstop against guessing from many clients. SignInThrottle slows each client down long before
                // this, so that nobody can lock a person out from one client.
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AscentSignInManager>()
            .AddClaimsPrincipalFactory<AscentClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();

        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(5);
            o.OnRefreshingPrincipal = SessionValidation.KeepSessionClaim;
        });
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = cookiePrefix + "Ascent";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, o =>
            {
                o.Cookie.Name = cookiePrefix + "Ascent." + scheme.Replace("Identity.", "", StringComparison.Ordinal);
                o.Cookie.SecurePolicy = securePolicy;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
            });
        }
    }
}
