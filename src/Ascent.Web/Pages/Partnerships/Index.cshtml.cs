using System.Globalization;
using Ascent.Web.Domain.People;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Partnerships;

/// The partnerships: all of the LA's for its staff (filtered by kind), a setting's own for its people.
public sealed class IndexModel(PartnershipDirectory directory, PartnershipKinds kinds, Infrastructure.Tenancy.CurrentUser me, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Kind { get; set; }

    public IReadOnlyList<PartnershipRow> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> KindItems { get; private set; } = [];

    public bool IsSetting { get; private set; }

    public bool CanRun { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsSetting = Roles.SettingRoles.Any(User.IsInRole);
        CanRun = (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded;
        if (!IsSetting && me.TenantId is { } tenantId)
        {
            var all = await kinds.ForTenantAsync(tenantId, cancellationToken);
            KindItems = [new SelectListItem("All kinds", ""), .. all.Select(k => new SelectListItem(k.Name, k.Id.ToString(CultureInfo.InvariantCulture), k.Id == Kind))];
        }

        Rows = await directory.ListAsync(IsSetting ? null : Kind, cancellationToken);
    }
}
