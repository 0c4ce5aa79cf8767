using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Security;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Api;

/// `Authorization: Bearer asc_…`. The principal comes from the same claims factory as the sign-in cookie, so
/// CurrentUser and AppDbContext's tenancy filters treat an API call exactly like the token owner's own request.
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<AscentOptions> ascent)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ReadBearerToken(Request);
        if (secret is null)
            return AuthenticateResult.NoResult();
        if (!PersonalAccessToken.LooksLikeToken(secret))
            return AuthenticateResult.Fail("This is not an Ascent API token.");

        // Nobody is known yet (or the request carries someone's sign-in cookie, which the API ignores), so the
        // look-up acts as the system, in a scope of its own: the token's hash is what proves who is calling.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("API token authentication");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hash = PersonalAccessToken.Hash(secret);
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        var now = time.GetUtcNow();
        switch (token?.StateAt(now))
        {
            case null:
                return AuthenticateResult.Fail("This API token is not recognised.");
            case PersonalAccessTokenState.Revoked:
                return AuthenticateResult.Fail("This API token has been revoked.");
            case PersonalAccessTokenState.Expired:
                return AuthenticateResult.Fail("This API token expired on " + token.ExpiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".");
        }

        var user = await db.Users.FindAsync([token.UserId], Context.RequestAborted);
        if (user is null || !user.IsActive)
            return AuthenticateResult.Fail("The owner of this API token can no longer use Ascent.");

        var claims = (ClaimsIdentity)(await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user)).Identity!;
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims.Claims, SchemeName, claims.NameClaimType, claims.RoleClaimType));
        // The two-factor rule of docs/adr/0004 holds for the API too: a token must not be a way around it.
        if (StrongAuthenticationMiddleware.LacksRequiredStrongAuthentication(principal, ascent.Value.DemoMode))
            return AuthenticateResult.Fail("The owner of this API token must set up two-factor authentication first.");

        if (token.Touch(now))
            await db.SaveChangesAsync(Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var presented = ReadBearerToken(Request) is not null;
        // RFC 6750 section 3: say which scheme is expected, and whether the token sent was the problem.
        Response.Headers.WWWAuthenticate = presented ? "Bearer error=\"invalid_token\"" : "Bearer";
        await TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: result.Failure?.Message ?? "Send an API token in the Authorization header: Bearer asc_… (make one under Your account, API tokens).")
            .ExecuteAsync(Context);
    }

    internal static string? ReadBearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
    }
}
