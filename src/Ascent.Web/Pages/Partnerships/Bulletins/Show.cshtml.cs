using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Bulletins;

/// A bulletin's page. For the LA: a draft with whom it reaches, to send (once), change or delete; a sent one with the
/// settings that opened it in Ascent. For a recipient setting's staff: the bulletin, and opening it records that their
/// setting opened it (the only thing tracked). Another setting, or another LA, finds nothing.
public sealed class ShowModel(BulletinService bulletins, BulletinAudiences audiences, IAuthorizationService authorization) : PageModel
{
    public Bulletin Bulletin { get; private set; } = null!;

    public bool CanSend { get; private set; }

    public bool IsSetting { get; private set; }

    public BulletinReach? Reach { get; private set; }

    public IReadOnlyList<BulletinOpened> Opened { get; private set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (IsSetting)
            await bulletins.RecordOpeningAsync(Bulletin, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostSendAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => bulletins.SendAsync(id, Version, cancellationToken), "The bulletin is sent", $"/bulletins/{id}", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => bulletins.DeleteAsync(id, Version, cancellationToken), "The draft bulletin is deleted", "/bulletins", cancellationToken);

    private async Task<IActionResult> ActAsync(int id, Func<Task<string?>> act, string done, string then, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanSend)
            return Forbid();
        if (await act() is { } refused)
        {
            await LoadAsync(id, cancellationToken);
            ModelState.Clear();
            Version = Bulletin.Version;
            ModelState.AddModelError(string.Empty, refused);
            return Page();
        }

        TempData["Message"] = done;
        return Redirect(then);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await bulletins.FindAsync(id, cancellationToken) is not { } bulletin)
            return false;
        Bulletin = bulletin;
        // A post carries the version the page showed: the stale check compares it, so only a GET takes the current one.
        if (!HttpMethods.IsPost(Request.Method))
            Version = bulletin.Version;
        IsSetting = bulletin.Recipients.Count > 0 && User.HasClaim(c => c.Type == Infrastructure.Tenancy.CurrentUser.SettingClaim);
        CanSend = !IsSetting && (await authorization.AuthorizeAsync(User, PartnershipsAccess.SendBulletins)).Succeeded;
        if (!IsSetting && !bulletin.IsSent)
            Reach = await audiences.ReachAsync(bulletin, cancellationToken);
        if (!IsSetting && bulletin.IsSent)
            Opened = await bulletins.OpenedAsync(bulletin, cancellationToken);
        return true;
    }
}
