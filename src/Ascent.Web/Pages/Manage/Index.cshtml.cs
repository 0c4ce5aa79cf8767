using Ascent.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Manage;

/// The pages that set Ascent up or keep it running, gathered under one item of the menu. Open to everyone signed in:
/// it lists only the pages the person may open, and each page still asks for its own policy.
public sealed class IndexModel(IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<ManageLink> Links { get; private set; } = [];

    public async Task OnGetAsync() => Links = await ServiceMenu.ManageLinksForAsync(User, authorization);
}
