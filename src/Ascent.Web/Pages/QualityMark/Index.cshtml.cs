using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.QualityMark;

/// The scheme's home: what the scheme asks, the LA's cohorts, and the other quality-mark pages this person may open.
/// A setting's owner and manager see the cohorts they may apply to and their own accreditations.
public sealed class IndexModel(CohortQueries cohorts, SchemeVersions schemes, CurrentUser user, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<SchemeDefinition> Schemes { get; private set; } = [];

    public IReadOnlyList<CohortSummary> Cohorts { get; private set; } = [];

    public IReadOnlyList<OwnAccreditation> Own { get; private set; } = [];

    public bool IsSetting { get; private set; }

    public bool CanCoordinate { get; private set; }

    public bool CanEvaluate { get; private set; }

    public bool CanApply { get; private set; }

    public int? TenantId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanCoordinate = await AllowedAsync(QualityMarkAccess.CoordinateQualityMark);
        CanEvaluate = await AllowedAsync(QualityMarkAccess.EvaluateQualityMark);
        CanApply = await AllowedAsync(QualityMarkAccess.ApplyQualityMark);
        IsSetting = Roles.SettingRoles.Any(User.IsInRole);
        TenantId = user.TenantId;
        if (user.TenantId is { } tenantId)
            Schemes = [.. (await schemes.CurrentAsync(tenantId, cancellationToken)).Select(s => s.Definition)];
        var all = await cohorts.ListAsync(cancellationToken);
        // A setting reads the cohorts it may apply to; its LA reads them all.
        Cohorts = IsSetting ? [.. all.Where(c => c.TakesApplications)] : all;
        if (user.SettingId is { } settingId)
            Own = await cohorts.OfSettingAsync(settingId, cancellationToken);
    }

    private async Task<bool> AllowedAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}
