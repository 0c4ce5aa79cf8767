using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.People;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Items;

/// One item of the offer: what it is, for whom, when and where, its places and price, and the LA's cancellation and
/// no-show terms in words. A setting's staff see their own setting's price and why; the LA sees the price rule. The
/// buttons are the viewer's: a setting's owner or manager books or requests it, the LA's offer team runs it.
public sealed class ShowModel(AppDbContext db, OfferCatalogue catalogue, OfferTermsLibrary library, OfferPrices prices, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public OfferItem Item { get; private set; } = null!;

    public OfferTerms Terms { get; private set; } = null!;

    /// The viewer's setting's price, when the viewer is a setting's staff.
    public PlacePrice? SettingPrice { get; private set; }

    public bool Runs { get; private set; }

    public bool Books { get; private set; }

    public string? Blocked { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public bool IsService => Item.Kind == OfferKind.Service;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(id, cancellationToken) is not { } item || db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        Item = item;
        Terms = (await library.CurrentAsync(tenantId, cancellationToken)).Terms;
        Runs = (await authorization.AuthorizeAsync(User, OfferAccess.RunOffer)).Succeeded;
        Books = item.Status == OfferStatus.Published && (await authorization.AuthorizeAsync(User, OfferAccess.BookForSetting)).Succeeded;
        if (db.CurrentUser.SettingId is { } settingId && Roles.SettingRoles.Any(User.IsInRole))
            SettingPrice = await prices.ForAsync(item, settingId, Terms, cancellationToken);
        if (Runs && item.Status == OfferStatus.Draft)
            Blocked = item.WhyNotPublishable(time.Today());
        return Page();
    }
}
