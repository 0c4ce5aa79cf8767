using System.Security.Claims;
using Ascent.Web.Domain.People;

namespace Ascent.Web.Infrastructure.Tenancy;

/// Who is acting in this scope, read from the signed-in principal at each use (never cached, because the same
/// scope sees the principal change during sign-in). Jobs and the command line call ActAsSystem.
/// AppDbContext's query filters are built on this, which is what keeps each tenant's data to itself.
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string TenantClaim = "ascent:tenant";
    public const string SettingClaim = "ascent:setting";
    public const string NameClaim = "ascent:name";
    public const string SessionClaim = "ascent:session";

    private string? _systemActor;

    public ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => _systemActor is not null || Principal?.Identity?.IsAuthenticated == true;

    /// System administrators and system processes see every tenant.
    public bool IsSystem => _systemActor is not null || (Principal?.IsInRole(Roles.SystemAdministrator) ?? false);

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) && _systemActor is null ? id : null;

    public int? TenantId => _systemActor is null ? ParseInt(TenantClaim) : null;

    public int? SettingId => _systemActor is null ? ParseInt(SettingClaim) : null;

    public string DisplayName => _systemActor ?? Principal?.FindFirstValue(NameClaim) ?? Principal?.Identity?.Name ?? "Anonymous";

    public bool IsInRole(string role) => _systemActor is null && (Principal?.IsInRole(role) ?? false);

    public void ActAsSystem(string actorName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorName);
        _systemActor = actorName;
    }

    private int? ParseInt(string claim) => int.TryParse(Principal?.FindFirstValue(claim), out var value) ? value : null;
}
