using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Bulletins;

/// The archive: for the LA, its drafts and the bulletins it sent, with how many of the settings reached opened each in
/// Ascent; for a setting's staff, the bulletins their setting received, newest first.
public sealed class IndexModel(BulletinService bulletins, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<BulletinRow> Drafts { get; private set; } = [];

    public IReadOnlyList<BulletinRow> Sent { get; private set; } = [];

    public bool IsSetting { get; private set; }

    public bool CanSend { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await bulletins.ListAsync(null, cancellationToken);
        Drafts = [.. all.Where(b => b.SentAt is null)];
        Sent = [.. all.Where(b => b.SentAt is not null)];
        IsSetting = User.HasClaim(c => c.Type == CurrentUser.SettingClaim);
        CanSend = !IsSetting && (await authorization.AuthorizeAsync(User, PartnershipsAccess.SendBulletins)).Succeeded;
    }
}
