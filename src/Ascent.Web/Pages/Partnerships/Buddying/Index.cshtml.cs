using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Buddying;

/// The LA's buddy pairings, active, proposed and ended, and its limit on how many settings one lead buddies. A
/// setting's staff see only the pairings their setting is one side of (the tenancy filters decide).
public sealed class IndexModel(Services.Partnerships.Buddying buddying, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<PairingRow> Pairings { get; private set; } = [];

    public int Limit { get; private set; }

    public bool CanRun { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pairings = await buddying.ListAsync(cancellationToken);
        CanRun = (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded;
        if (CanRun)
            (Limit, _) = await buddying.LimitAsync(cancellationToken);
    }
}
