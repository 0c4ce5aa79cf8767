using Ascent.Web.Domain.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Buddying;

/// A buddy pairing: who supports whom, for what and when, why Ascent suggested the lead, the goals, the visits with
/// their shared notes, and the outcome review. The LA reads every pairing of its own; the two settings' staff read
/// their own pairing; any other setting, or another LA, finds nothing.
public sealed class ShowModel(Services.Partnerships.Buddying buddying, IAuthorizationService authorization) : PageModel
{
    public BuddyPairing Pairing { get; private set; } = null!;

    public bool CanRun { get; private set; }

    public bool CanNote { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// Both sides have agreed: the LA starts the pairing.
    public async Task<IActionResult> OnPostStartAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanRun)
            return Forbid();
        if (await buddying.StartAsync(id, Version, cancellationToken) is { } refused)
        {
            await LoadAsync(id, cancellationToken);
            ModelState.Remove(nameof(Version));
            Version = Pairing.Version;
            ModelState.AddModelError(string.Empty, refused);
            return Page();
        }

        TempData["Message"] = "The pairing has started";
        return Redirect($"/buddying/{id}");
    }

    public string Lead => Pairing.LeadKind switch
    {
        BuddyLeadKind.Setting => $"{Pairing.LeadName} (a setting)",
        BuddyLeadKind.Partner => $"{Pairing.LeadName} (a partner)",
        _ => $"{Pairing.LeadName}{(Pairing.LeadOrganisation is { } o ? $", {o}" : "")} (an accredited practitioner)",
    };

    public static string Result(BuddyGoalResult? result) => result switch
    {
        BuddyGoalResult.Met => "Met",
        BuddyGoalResult.PartlyMet => "Partly met",
        BuddyGoalResult.NotMet => "Not met",
        _ => "Not reviewed yet",
    };

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await buddying.FindAsync(id, cancellationToken) is not { } pairing)
            return false;
        Pairing = pairing;
        CanRun = (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded;
        CanNote = CanRun || (await authorization.AuthorizeAsync(User, PartnershipsAccess.ActForSetting)).Succeeded;
        // A post carries the version the page showed: the stale check compares it, so only a GET takes the current one.
        if (!HttpMethods.IsPost(Request.Method))
            Version = pairing.Version;
        return true;
    }
}
